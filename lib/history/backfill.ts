/**
 * History the page's own data carries (issue 13): the SPS of past days (`dailyScoreList`)
 * and past days' sales (the stats endpoint's `1D` entries). Each day becomes a reading of
 * that day unless the shop already has one for it: a backfill never overwrites a stored
 * reading, and the same history seen twice adds nothing.
 *
 * "Already has one": for a score (no period), any value of that metric on that UTC day in
 * the daily roll-up; for a day's sales (period = that day), a stored reading whose period is
 * that one day and shows the metric.
 */
import type { MetricKey } from '../metrics';
import { storedDaily, storedReading } from './quick-checks';
import { addReadingTx, type PendingReading } from './readings';
import { dayOf } from './records';
import type { ReadCtx, WriteTx } from './tx';

export type BackfillResult = { stored: number; skipped: number };

/** `${shopKey} ${metric} ${day}` of every one-day-period reading of the shops since `from`. */
async function oneDayReadings(tx: WriteTx, shopKeys: Set<string>, from: string, ctx: ReadCtx): Promise<Set<string>> {
  const seen = new Set<string>();
  const index = tx.objectStore('readings').index('by-shop-time');
  for (const shopKey of shopKeys) {
    // A day's figures are seen on that day or later: readings captured before it cannot be about it.
    for (const raw of await index.getAll(IDBKeyRange.bound([shopKey, `${from}T00:00:00.000Z`], [shopKey, []]))) {
      const r = storedReading(raw, ctx);
      if (!r?.period || r.period.start !== r.period.end) continue;
      for (const metric of Object.keys(r.metrics)) seen.add(`${shopKey} ${metric} ${r.period.start}`);
    }
  }
  return seen;
}

export async function backfillTx(tx: WriteTx, readings: PendingReading[], ctx: ReadCtx): Promise<BackfillResult> {
  const result: BackfillResult = { stored: 0, skipped: 0 };
  const daysWithPeriod = readings.filter((r) => r.period !== null);
  const from = daysWithPeriod.reduce<string | null>((min, r) => (min === null || r.period!.start < min ? r.period!.start : min), null);
  const known = from === null ? new Set<string>() : await oneDayReadings(tx, new Set(daysWithPeriod.map((r) => r.shopKey)), from, ctx);
  const daily = tx.objectStore('daily');

  for (const r of readings) {
    const metrics = Object.keys(r.metrics) as MetricKey[];
    let present = false;
    if (r.period) {
      const day = r.period.start;
      present = metrics.some((m) => known.has(`${r.shopKey} ${m} ${day}`));
    } else {
      const day = dayOf(r.capturedAt);
      for (const m of metrics) {
        const raw = await daily.get([r.shopKey, m, day]);
        if (raw !== undefined && storedDaily(raw, ctx)) present = true;
      }
    }
    if (present) {
      result.skipped++;
      continue;
    }
    const { status } = await addReadingTx(tx, r, ctx);
    if (status === 'stored') result.stored++;
    else result.skipped++;
    if (r.period) for (const m of metrics) known.add(`${r.shopKey} ${m} ${r.period.start}`);
  }
  return result;
}
