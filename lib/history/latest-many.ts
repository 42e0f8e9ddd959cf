/**
 * The newest value of a few metrics for many shops at once, in one transaction (the
 * dashboard: 200 shops × 5 metrics are 1,000 key-range lookups, not 200 transactions),
 * with the period of the reading behind each money figure (GMV of which days).
 */
import { METRICS, type MetricKey, type Period } from '../metrics';
import { storedReading } from './quick-checks';
import { latestQuery, type LatestValue } from './series';
import type { AnyTx, ReadCtx } from './tx';

export type ShopLatest = {
  latest: Partial<Record<MetricKey, LatestValue>>;
  /** Money metrics: the period of the reading the latest value comes from. */
  periods: Partial<Record<MetricKey, Period | null>>;
};

export async function latestManyQuery(tx: AnyTx, shopKeys: readonly string[], metrics: readonly MetricKey[], ctx: ReadCtx): Promise<Record<string, ShopLatest>> {
  const readings = tx.objectStore('readings');
  const entries = await Promise.all(
    shopKeys.map(async (key) => {
      const latest = await latestQuery(tx, key, ctx, metrics);
      const periods: ShopLatest['periods'] = {};
      for (const m of metrics) {
        const v = latest[m];
        if (!v || METRICS[m].unit !== 'money') continue;
        const r = storedReading(await readings.get(v.readingId), ctx);
        periods[m] = r?.period ?? null;
      }
      return [key, { latest, periods }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
