import '../../lib/zod-setup';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '../../lib/hosts';
import { sendWithRetry } from '../../lib/messaging/client';
import { readPage, type PageReading } from '../../lib/site';
import { regionOf, shopIdOf } from '../../lib/site/pages';
import { readProgramDates } from '../../lib/site/program-dates';
import { watchPage } from '../../lib/site/watch';
import { capturePage } from '../../lib/site/sample/capture';
import { CAPTURE_TYPE } from '../../lib/sample/capture-request';
import type { OverlayStatus } from '../../lib/worker/status';
import { mountOverlay } from './overlay';
import { pageDataChannel } from './page-data';

// The door on Seller Center pages: wait for the page to settle, read it, send the
// reading, and show the shop's status. All knowledge of the page lives in lib/site.
// No zod here (nor lib/zod-setup): nothing in this bundle builds a schema, and every byte
// counts against the content-script budget (scripts/check-bundle.mjs).
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Reading comes first; the panel is drawn when it is ready and never holds reading up.
    const openSample = (section: 'manual' | 'sample') => void sendWithRetry({ type: 'sample/open', section }).catch(() => undefined);
    const overlay = mountOverlay(ctx, openSample).catch((err: unknown) => {
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

    let last: PageReading | null = null;
    // The page's own responses (page-data.content.ts), merged into each reading of this page.
    const pageData = pageDataChannel();
    const report = (type: 'reading/captured' | 'page/unreadable') => (reading: PageReading) => {
      if (ctx.isInvalid) return;
      last = reading;
      void overlay.then((o) => o?.setMissed(reading.page === 'unknown' ? [] : reading.missing));
      const path = location.pathname;
      // Partner Center banners may announce this year's run of a partner program.
      const programDates = reading.page === 'partner' ? readProgramDates(document, reading.region) : [];
      const captured = { ...reading, path, ...(programDates.length > 0 && { programDates }) };
      const sent =
        type === 'reading/captured'
          ? sendWithRetry({ type, reading: captured, ...pageData.noteFor(reading) }).then(() => pageData.sendHistory(reading, path))
          : sendWithRetry({ type, reading: captured });
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
    // "Save a page sample": our own sample page asks for the page as it is now (issue 16).
    // Only our extension's pages can send a tab our id (web pages cannot message a tab at
    // all); any other message is not answered here.
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string }) =>
      sender.id === browser.runtime.id && (msg as { type?: unknown } | null)?.type === CAPTURE_TYPE
        ? Promise.resolve({ url: location.href, html: capturePage(document), reading: last ?? readPage(document, location.href) })
        : undefined,
    );
  },
});
