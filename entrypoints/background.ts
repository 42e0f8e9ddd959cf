import '../lib/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openHistory, requestPersistence } from '../lib/history';
import { createMessageHandler, type Sender } from '../lib/messaging/handler';
import { CHECK_ALARM, ensureCheckAlarm } from '../lib/platform/alarms';
import { showSeverityBadge } from '../lib/platform/badge';
import { storageKeyValue as kv } from '../lib/platform/kv-storage';
import { uiLocale } from '../lib/platform/locale';
import { listenForNotificationClicks, showManyNotification, showWarningNotification } from '../lib/platform/notifications';
import { loadPrefs, savePrefs } from '../lib/platform/prefs-store';
import { runChecks, type ShopCheckState } from '../lib/worker/checks';
import { historyHandle } from '../lib/worker/history-handle';
import { applyRetention } from '../lib/worker/retention';
import { createRoutes } from '../lib/worker/routes';

// The door: every listener is registered synchronously in main(), so an event that
// wakes the worker is never missed; all work is delegated to lib/.
export default defineBackground(() => {
  const history = historyHandle((onVersionChange) => openHistory({ onVersionChange }));
  const now = () => new Date();
  const checks = (shopKeys?: string | readonly string[]) =>
    runChecks(
      {
        history,
        now,
        loadPrefs,
        state: {
          get: (key) => kv.get<ShopCheckState>(`check:${key}`).then((s) => s ?? null),
          set: (key, s) => kv.set(`check:${key}`, s),
        },
        notify: (shop, warning, prefs) => {
          const { t, intl } = uiLocale(prefs.language);
          return showWarningNotification(shop, warning, t, intl, now());
        },
        notifyMany: (due, prefs) => {
          const { t, intl } = uiLocale(prefs.language);
          return showManyNotification(due, t, intl, now());
        },
        badge: showSeverityBadge,
      },
      shopKeys,
    ).catch((err: unknown) => console.warn('Shop Pulse check failed:', err));

  const handle = createMessageHandler(
    createRoutes({
      history,
      now,
      kv,
      prefs: { load: loadPrefs, save: savePrefs },
      afterChange: checks,
      openTab: async (path, openerTabId) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/sample.html'), openerTabId });
      },
    }),
    {
      ownId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onRejected: (why) => console.warn('Shop Pulse rejected a message:', why),
    },
  );
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => handle(msg, sender));
  browser.runtime.onInstalled.addListener(() => void requestPersistence());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CHECK_ALARM) return;
    void applyRetention(history, loadPrefs, now).then(() => checks());
  });
  listenForNotificationClicks(async (key) => (await (await history.get()).shops()).find((s) => s.key === key));
  void ensureCheckAlarm();
});
