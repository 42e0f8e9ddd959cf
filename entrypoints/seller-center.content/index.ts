import '../../lib/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../../lib/hosts';
import { sendWithRetry } from '../../lib/messaging/client';
import { readPage, type PageReading } from '../../lib/site';
import { watchPage } from '../../lib/site/watch';

// The door on Seller Center pages: wait for the page to settle, read it, send the
// reading. All knowledge of the page lives in lib/site.
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const captured = (reading: PageReading) => ({ ...reading, path: location.pathname });
    const report = (type: 'reading/captured' | 'page/unreadable') => (reading: PageReading) => {
      if (ctx.isInvalid) return;
      sendWithRetry({ type, reading: captured(reading) }).catch((err: unknown) =>
        console.warn('Shop Pulse could not save this reading:', err),
      );
    };
    const watch = watchPage({
      root: document.body ?? document.documentElement,
      read: () => readPage(document, location.href),
      onReading: report('reading/captured'),
      onUnreadable: report('page/unreadable'),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.refresh());
    ctx.onInvalidated(() => watch.stop());
  },
});
