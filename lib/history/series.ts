/**
 * The daily roll-up (store `daily`, v2): for each shop, metric and UTC day, the value
 * of the last reading of that day that showed the metric. Series and "latest" read it
 * by key range, never by scanning readings.
 */
import { METRIC_KEYS, type MetricKey } from '../metrics';
import { storedDaily } from './quick-checks';
import { dayOf, type DailyRecord, type ReadingRecord } from './records';
import type { AnyTx, ReadCtx, WriteTx } from './tx';

export type SeriesPoint = { day: string; value: number | null; at: string };
export type LatestValue = { value: number | null; at: string; readingId: number };
export type DateRange = { from?: string; to?: string };

/** Does `a` come after `b` in the day (later capture, or same capture and later id)? */
function isLater(a: DailyRecord, b: DailyRecord): boolean {
  return a.at > b.at || (a.at === b.at && a.readingId > b.readingId);
}

function dailyOf(r: ReadingRecord): DailyRecord[] {
  const day = dayOf(r.capturedAt);
  return (Object.keys(r.metrics) as MetricKey[]).map((metric) => ({
    shopKey: r.shopKey,
    metric,
    day,
    value: r.metrics[metric] ?? null,
    at: r.capturedAt,
    readingId: r.id,
  }));
}

/** Pure: fold one reading into an in-memory roll-up (used by the v2 migration and import). */
export function rollUp(days: Map<string, DailyRecord>, r: ReadingRecord): void {
  for (const d of dailyOf(r)) {
    const key = `${d.shopKey}\u0000${d.metric}\u0000${d.day}`;
    const old = days.get(key);
    if (!old || isLater(d, old)) days.set(key, d);
  }
}

/** Fold one stored reading into the `daily` store, inside the caller's transaction. */
export async function rollUpStored(tx: WriteTx, r: ReadingRecord, ctx: ReadCtx): Promise<void> {
  const store = tx.objectStore('daily');
  for (const d of dailyOf(r)) {
    const raw = await store.get([d.shopKey, d.metric, d.day]);
    const old = raw === undefined ? null : storedDaily(raw, ctx);
    if (!old || isLater(d, old)) await store.put(d);
  }
}

/** The day of a range bound: a date stays, a date-time becomes its UTC day. */
export function boundDay(bound: string | undefined): string | undefined {
  if (bound === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(bound)) return bound;
  const t = Date.parse(bound);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
}

export async function seriesQuery(
  tx: AnyTx,
  shopKey: string,
  metric: MetricKey,
  range: DateRange,
  ctx: ReadCtx,
): Promise<SeriesPoint[]> {
  const from = boundDay(range.from);
  const to = boundDay(range.to);
  if (from !== undefined && to !== undefined && from > to) return [];
  const lower = from === undefined ? [shopKey, metric] : [shopKey, metric, from];
  const upper = to === undefined ? [shopKey, metric, []] : [shopKey, metric, to];
  const rows = await tx.objectStore('daily').getAll(IDBKeyRange.bound(lower, upper));
  const out: SeriesPoint[] = [];
  for (const raw of rows) {
    const d = storedDaily(raw, ctx);
    if (d) out.push({ day: d.day, value: d.value, at: d.at });
  }
  return out;
}

/** The newest value of every metric the shop has: the last day's roll-up, one key lookup each. */
export async function latestQuery(
  tx: AnyTx,
  shopKey: string,
  ctx: ReadCtx,
  metrics: readonly MetricKey[] = METRIC_KEYS,
): Promise<Partial<Record<MetricKey, LatestValue>>> {
  const store = tx.objectStore('daily');
  const found = await Promise.all(
    metrics.map(async (metric) => {
      let cursor = await store.openCursor(IDBKeyRange.bound([shopKey, metric], [shopKey, metric, []]), 'prev');
      while (cursor) {
        const d = storedDaily(cursor.value, ctx);
        if (d) return [metric, { value: d.value, at: d.at, readingId: d.readingId }] as const;
        cursor = await cursor.continue();
      }
      return null;
    }),
  );
  const out: Partial<Record<MetricKey, LatestValue>> = {};
  for (const entry of found) if (entry) out[entry[0]] = entry[1];
  return out;
}
