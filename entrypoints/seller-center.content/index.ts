import '../../lib/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../../lib/hosts';
import { sendWithRetry } from '../../lib/messaging/client';
import { readPage, type PageReading } from '../../lib/site';
import { regionOf, shopIdOf } from '../../lib/site/pages';
import { watchPage } from '../../lib/site/watch';
import type { OverlayStatus } from '../../lib/worker/status';
import { mountOverlay } from './overlay';
import { pageDataChannel } from './page-data';

// The door on Seller Center pages: wait for the page to settle, read it, send the
// reading, and show the shop's status. All knowledge of the page lives in lib/site.
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Reading comes first; the panel is drawn when it is ready and never holds reading up.
    const overlay = mountOverlay(ctx).catch((err: unknown) => {
      console.warn('Shop Pulse could not show its panel:', err);
      return null;
    });
    const refreshOverlay = async () => {
      const status = await sendWithRetry<OverlayStatus | null>({
        type: 'overlay/status',
        shop: { region: regionOf(location.href), shopId: shopIdOf(location.href) },
      }).catch(() => null);
      (await overlay)?.update(status);
    };

    // The page's own responses (page-data.content.ts), merged into each reading of this page.
    const pageData = pageDataChannel();
    const report = (type: 'reading/captured' | 'page/unreadable') => (reading: PageReading) => {
      if (ctx.isInvalid) return;
      const path = location.pathname;
      const sent =
        type === 'reading/captured'
          ? sendWithRetry({ type, reading: { ...reading, path }, ...pageData.noteFor(reading) }).then(() => pageData.sendHistory(reading, path))
          : sendWithRetry({ type, reading: { ...reading, path } });
      sent.then(refreshOverlay).catch((err: unknown) => console.warn('Shop Pulse could not save this reading:', err));
    };
    const watch = watchPage({
      root: document.body ?? document.documentElement,
      read: () => pageData.merge(readPage(document, location.href), location.href),
      onReading: report('reading/captured'),
      onUnreadable: report('page/unreadable'),
    });
    // New figures for this page: read again (a page drawn on a canvas changes no DOM).
    ctx.onInvalidated(pageData.listen(() => watch.refresh()));
    void refreshOverlay();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      watch.refresh();
      void refreshOverlay();
    });
    ctx.onInvalidated(() => watch.stop());
  },
});
