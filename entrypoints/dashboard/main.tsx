import '../../lib/zod-setup';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { send } from '../../lib/messaging/client';
import { loadUiLocale } from '../../lib/i18n/load';
import type { Prefs } from '../../lib/prefs/schema';
import type { DashboardView } from '../../lib/worker/dashboard-view';
import { App } from './App';
import '../../components/palette.css';
import './style.css';

async function start() {
  // The data first: the worker reads every shop while this page loads its language.
  const view = send<DashboardView>({ type: 'dashboard/view' });
  view.catch(() => undefined); // App shows the error
  const prefs = await send<Prefs>({ type: 'prefs/get' }).catch(() => null);
  const { t, locale, intl } = await loadUiLocale(prefs?.language ?? 'auto');
  document.documentElement.lang = locale.replace('_', '-');
  document.title = `${t('app.name')} · ${t('dashboard.title')}`;
  render(<App t={t} locale={intl} view={view} openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
}

void start();
