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
import { samplePagePath } from '../../lib/sample/page-url';
import { App, type ActiveTab } from './App';
import '../../components/palette.css';
import './style.css';

/** The active tab when it is a Seller Center page (host permission lets us see its URL), with its shop. */
async function activeSellerTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || tab.id === undefined) return null;
  try {
    const url = new URL(tab.url);
    if (!isKnownHost(url.hostname)) return null;
    return { id: tab.id, path: url.pathname, shopKey: shopKeyOf({ region: regionOf(url), shopId: shopIdOf(url) }) };
  } catch {
    return null;
  }
}

async function start() {
  // The data first: the worker reads the history while this page loads its language.
  const tab = activeSellerTab().catch(() => null);
  const view = tab.then((active) => send<PopupView>({ type: 'popup/view', preferredShopKey: active?.shopKey ?? null }));
  view.catch(() => undefined); // App shows the error; not "unhandled" before it subscribes
  const prefs = await send<Prefs>({ type: 'prefs/get' }).catch(() => null);
  const { t, locale, intl } = await loadUiLocale(prefs?.language ?? 'auto');
  document.documentElement.lang = locale.replace('_', '-');
  render(
    <App
      t={t}
      locale={intl}
      view={view}
      activeTab={await tab}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openSample={(tabId, section) => void browser.tabs.create({ url: browser.runtime.getURL(samplePagePath(tabId, section) as '/sample.html') })}
      openDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close())}
    />,
    document.getElementById('app')!,
  );
}

void start();
