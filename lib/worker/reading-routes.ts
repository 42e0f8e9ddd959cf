/** Readings coming in: from Seller Center pages, typed by hand, or pages that could not be read. */
import { shopKeyOf, type NewReading, type ReadingSource } from '../history';
import type { PageDataNote } from '../messaging/page-data';
import type { CapturedReading } from '../messaging/protocol';
import type { Routes } from '../messaging/handler';
import type { WorkerDeps } from './deps';
import { disagreementsOf } from '../site/page-data/agree';
import { notePageDataChecks } from './page-data-checks';
import { clearUnreadable, noteUnreadable } from './unreadable';

/** `page-data` when every figure came from the page's responses and the labels showed none of them. */
export function sourceOf(reading: CapturedReading, note: PageDataNote | undefined): ReadingSource {
  const keys = Object.keys(reading.metrics);
  const onlyData = note !== undefined && Object.keys(note.labels).length === 0 && keys.length > 0 && keys.every((k) => (note.fromData as string[]).includes(k));
  return onlyData ? 'page-data' : 'page';
}

export function toNewReading(reading: CapturedReading, capturedAt: string, source: ReadingSource = 'page'): NewReading {
  return {
    shop: { region: reading.region, shopId: reading.shopId },
    capturedAt,
    page: reading.page,
    path: reading.path,
    period: reading.period,
    currency: reading.currency,
    metrics: reading.metrics,
    source,
  };
}

type ReadingRoutes = Pick<Routes, 'reading/captured' | 'page/unreadable' | 'reading/manual'>;

export function readingRoutes(deps: WorkerDeps): ReadingRoutes {
  return {
    async 'reading/captured'({ reading, pageData }) {
      // Nothing read is not a reading: never store an empty or guessed one.
      if (Object.keys(reading.metrics).length === 0) return { status: 'empty' as const };
      const history = await deps.history.get();
      const at = deps.now().toISOString();
      const result = await history.addReading(toNewReading(reading, at, sourceOf(reading, pageData)));
      const shopKey = shopKeyOf(reading);
      // Where the labels showed a figure the page's data contradicts: the data's value was stored; note the label's.
      const disagreements = pageData ? disagreementsOf(pageData.labels, reading.metrics) : [];
      await notePageDataChecks(deps.kv, disagreements.map((d) => ({ shopKey, page: reading.page, path: reading.path, ...d, at })));
      await clearUnreadable(deps.kv, shopKey, reading.page);
      if (result.status === 'stored') await deps.afterChange?.(shopKey);
      return result;
    },
    async 'page/unreadable'({ reading }) {
      await noteUnreadable(deps.kv, {
        shopKey: shopKeyOf(reading),
        page: reading.page,
        path: reading.path,
        missing: reading.missing,
        at: deps.now().toISOString(),
      });
      return { status: 'noted' as const };
    },
    async 'reading/manual'({ reading }) {
      const history = await deps.history.get();
      const shop = (await history.shops()).find((s) => s.key === reading.shopKey);
      if (!shop) throw new Error('That shop is not in the history; open its Seller Center first.');
      const result = await history.addReading({
        shop: { region: shop.region, shopId: shop.shopId },
        capturedAt: deps.now().toISOString(),
        page: 'unknown',
        path: '/manual',
        period: null,
        currency: shop.currency,
        metrics: reading.metrics,
        source: 'manual',
      });
      await clearUnreadable(deps.kv, shop.key);
      await deps.afterChange?.(shop.key);
      return result;
    },
  };
}
