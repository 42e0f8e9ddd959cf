/** Readings coming in: from Seller Center pages, typed by hand, or pages that could not be read. */
import { shopKeyOf, type NewReading, type ReadingSource } from '../history';
import type { PageDataNote } from '../messaging/page-data';
import type { CapturedReading } from '../messaging/protocol';
import type { Routes } from '../messaging/handler';
import type { WorkerDeps } from './deps';
import { withAnnouncedDates } from '../rules/editions';
import { disagreementsOf } from '../site/page-data/agree';
import { notePageDataChecks } from './page-data-checks';
import { storeShopRows } from './shop-rows';
import { clearUnreadable, noteUnreadable, type UnreadableReport } from './unreadable';

/** `page-data` when every figure came from the page's responses and the labels showed none of them. */
export function sourceOf(reading: CapturedReading, note: PageDataNote | undefined): ReadingSource {
  const keys = Object.keys(reading.metrics);
  const onlyData = note !== undefined && Object.keys(note.labels).length === 0 && keys.length > 0 && keys.every((k) => (note.fromData as string[]).includes(k));
  return onlyData ? 'page-data' : 'page';
}

export function toNewReading(reading: CapturedReading, capturedAt: string, source: ReadingSource = 'page'): NewReading {
  return {
    shop: { region: reading.region, shopId: reading.shopId, ...(reading.shopName && { name: reading.shopName }) },
    capturedAt,
    page: reading.page,
    path: reading.path,
    period: reading.period,
    currency: reading.currency,
    metrics: reading.metrics,
    source,
  };
}

/** A page announced a program's current run: the rules use its dates (shown, and editable, in options). */
async function adoptAnnouncedDates(deps: WorkerDeps, dates: NonNullable<CapturedReading['programDates']>): Promise<void> {
  const prefs = await deps.prefs.load();
  const rules = withAnnouncedDates(prefs.rules, dates);
  if (rules) await deps.prefs.save({ rules });
}

type ReadingRoutes = Pick<Routes, 'reading/captured' | 'page/unreadable' | 'reading/manual'>;

function unreadableReport(reading: CapturedReading, now: Date): UnreadableReport {
  return { shopKey: shopKeyOf(reading), page: reading.page, path: reading.path, missing: reading.missing, at: now.toISOString() };
}

export function readingRoutes(deps: WorkerDeps): ReadingRoutes {
  return {
    async 'reading/captured'({ reading, pageData }) {
      if (reading.programDates?.length) await adoptAnnouncedDates(deps, reading.programDates);
      // A list page: each shop row is a reading of its own shop; the page's own figures are no shop's.
      if (reading.shops?.length) {
        const changed = await storeShopRows(await deps.history.get(), reading, deps.now().toISOString());
        if (changed.length > 0) await deps.afterChange?.(changed);
        return { status: changed.length > 0 ? ('stored' as const) : ('duplicate' as const), shops: changed.length };
      }
      // Nothing read is not a reading: never store an empty or guessed one.
      if (Object.keys(reading.metrics).length === 0) return { status: 'empty' as const };
      const history = await deps.history.get();
      const at = deps.now().toISOString();
      const result = await history.addReading(toNewReading(reading, at, sourceOf(reading, pageData)));
      const shopKey = shopKeyOf(reading);
      // Where the labels showed a figure the page's data contradicts: the data's value was stored; note the label's.
      const disagreements = pageData ? disagreementsOf(pageData.labels, reading.metrics) : [];
      await notePageDataChecks(deps.kv, disagreements.map((d) => ({ shopKey, page: reading.page, path: reading.path, ...d, at })));
      // A page read in part (the rates, but not the SPS it plainly shows) is still a miss
      // to report where the seller looks: the popup says what, and offers to enter it.
      if (reading.missing.length > 0 && reading.page !== 'unknown') await noteUnreadable(deps.kv, unreadableReport(reading, deps.now()));
      else await clearUnreadable(deps.kv, shopKey, reading.page);
      if (result.status === 'stored') await deps.afterChange?.(shopKey);
      return result;
    },
    async 'page/unreadable'({ reading }) {
      await noteUnreadable(deps.kv, unreadableReport(reading, deps.now()));
      return { status: 'noted' as const };
    },
    async 'reading/manual'({ reading }) {
      const history = await deps.history.get();
      const known = (await history.shops()).find((s) => s.key === reading.shopKey);
      // A shop seen only on pages that could not be read is named by the page itself.
      const shop = known ?? (reading.shop && shopKeyOf(reading.shop) === reading.shopKey ? { ...reading.shop, key: reading.shopKey, currency: null } : null);
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
