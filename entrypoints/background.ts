import '../lib/zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openHistory, requestPersistence } from '../lib/history';
import { createMessageHandler, type Sender } from '../lib/messaging/handler';
import { historyHandle } from '../lib/worker/history-handle';
import { createRoutes } from '../lib/worker/routes';

// The door: listeners are registered synchronously in main() so a message that
// wakes the worker is never missed; all work is delegated to lib/.
export default defineBackground(() => {
  const history = historyHandle((onVersionChange) => openHistory({ onVersionChange }));
  const routes = createRoutes({ history, now: () => new Date().toISOString() });
  const handle = createMessageHandler(routes, {
    ownId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onRejected: (why) => console.warn('Shop Pulse rejected a message:', why),
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => handle(msg, sender));
  browser.runtime.onInstalled.addListener(() => void requestPersistence());
});
