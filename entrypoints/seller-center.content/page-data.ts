/**
 * The content script's end of the page-data channel (issue 13): figures from the page's own
 * responses, checked on arrival, kept per endpoint and merged into each reading of the page
 * they were seen on; the history they carry is sent once, after the reading, for backfill.
 */
import { sendWithRetry } from '../../lib/messaging/client';
import type { PageDataNote } from '../../lib/messaging/page-data';
import type { PageReading } from '../../lib/site';
import { listenForPageData } from '../../lib/site/page-data/channel';
import { checkPageDataMessage } from '../../lib/site/page-data/check';
import { mergePageData, type MergedReading } from '../../lib/site/page-data/merge';
import { isSamePage } from '../../lib/site/page-data/same-page';
import { pageDataStore } from '../../lib/site/page-data/store';

export function pageDataChannel() {
  const store = pageDataStore();
  const merges = new WeakMap<PageReading, MergedReading>();
  const historySent = new Set<string>();

  return {
    /** The label reader's reading with the figures seen on this page merged in. */
    merge(label: PageReading, href: string): PageReading {
      const merged = mergePageData(label, store.forPage(href));
      merges.set(merged.reading, merged);
      return merged.reading;
    },

    /** The `pageData` part of the message that carries `reading` (none when no figure came from data). */
    noteFor(reading: PageReading): { pageData?: PageDataNote } {
      const m = merges.get(reading);
      if (!m || m.fromData.length === 0) return {};
      return { pageData: { fromData: m.fromData, labels: m.labels } };
    },

    /** Sends the days of history merged into `reading`, once per shop and content. */
    async sendHistory(reading: PageReading, path: string): Promise<void> {
      const days = merges.get(reading)?.days ?? [];
      if (days.length === 0) return;
      const msg = {
        type: 'reading/backfill' as const,
        shop: { region: reading.region, shopId: reading.shopId },
        page: reading.page,
        path,
        currency: reading.currency,
        days,
      };
      const print = JSON.stringify(msg);
      if (historySent.has(print)) return;
      await sendWithRetry(msg);
      historySent.add(print);
    },

    /** Listens from now on; `onNew` when new figures for the page on screen arrive. Returns stop. */
    listen(onNew: () => void): () => void {
      return listenForPageData(window, (raw, text) => {
        const msg = checkPageDataMessage(raw);
        if (msg && store.add(msg, text) && isSamePage(msg.href, location.href)) onNew();
      });
    },
  };
}
