import '../../lib/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../../lib/hosts';
import { sendWithRetry } from '../../lib/messaging/client';
import { readPage, type PageReading } from '../../lib/site';
import { regionOf, shopIdOf } from '../../lib/site/pages';
import { readProgramDates } from '../../lib/site/program-dates';
import { watchPage } from '../../lib/site/watch';
import type { OverlayStatus } from '../../lib/worker/status';
import { mountOverlay } from './overlay';

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

    const report = (type: 'reading/captured' | 'page/unreadable') => (reading: PageReading) => {
      if (ctx.isInvalid) return;
      // Partner Center banners may announce this year's run of a partner program.
      const programDates = reading.page === 'partner' ? readProgramDates(document, reading.region) : [];
      sendWithRetry({ type, reading: { ...reading, path: location.pathname, ...(programDates.length > 0 && { programDates }) } })
        .then(refreshOverlay)
        .catch((err: unknown) => console.warn('Shop Pulse could not save this reading:', err));
    };
    const watch = watchPage({
      root: document.body ?? document.documentElement,
      read: () => readPage(document, location.href),
      onReading: report('reading/captured'),
      onUnreadable: report('page/unreadable'),
    });
    void refreshOverlay();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      watch.refresh();
      void refreshOverlay();
    });
    ctx.onInvalidated(() => watch.stop());
  },
});
