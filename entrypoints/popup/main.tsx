import '../../lib/zod-setup';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { shopKeyOf } from '../../lib/history/shop-key';
import { send } from '../../lib/messaging/client';
import { loadUiLocale } from '../../lib/i18n/load';
import type { Prefs } from '../../lib/prefs/schema';
import { regionOf, shopIdOf } from '../../lib/site/pages';
import { isKnownHost } from '../../lib/hosts';
import type { PopupView } from '../../lib/worker/popup-view';
import { App } from './App';
import '../../components/palette.css';
import './style.css';

/** The shop of the active tab when it is a Seller Center page (host permission lets us see its URL). */
async function activeTabShopKey(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return null;
  try {
    if (!isKnownHost(new URL(tab.url).hostname)) return null;
    return shopKeyOf({ region: regionOf(tab.url), shopId: shopIdOf(tab.url) });
  } catch {
    return null;
  }
}

async function start() {
  // The data first: the worker reads the history while this page loads its language.
  const view = activeTabShopKey()
    .catch(() => null)
    .then((preferredShopKey) => send<PopupView>({ type: 'popup/view', preferredShopKey }));
  view.catch(() => undefined); // App shows the error; not "unhandled" before it subscribes
  const prefs = await send<Prefs>({ type: 'prefs/get' }).catch(() => null);
  const { t, locale, intl } = await loadUiLocale(prefs?.language ?? 'auto');
  document.documentElement.lang = locale.replace('_', '-');
  render(
    <App
      t={t}
      locale={intl}
      view={view}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close())}
    />,
    document.getElementById('app')!,
  );
}

void start();
