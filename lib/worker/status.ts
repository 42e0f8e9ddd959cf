/** The views the popup asks for, assembled from the history. */
import type { History, Shop } from '../history';
import type { MetricKey } from '../metrics';

export type LatestMetrics = Awaited<ReturnType<History['latest']>>;
export type ShopSummary = { shop: Shop; latest: LatestMetrics };
export type SeriesPoint = { day: string; value: number | null; at: string };
export type ShopStatus = ShopSummary & { series: Partial<Record<MetricKey, SeriesPoint[]>> };

/** Metrics the popup charts, newest 180 days. */
export const CHARTED_METRICS: MetricKey[] = ['sps', 'ordersLast90Days', 'ahr', 'violationPoints', 'gmv'];
const CHART_DAYS = 180;

export async function shopSummaries(history: History): Promise<ShopSummary[]> {
  const shops = await history.listShops();
  return Promise.all(shops.map(async (shop) => ({ shop, latest: await history.latest(shop.key) })));
}

export async function shopStatus(history: History, shopKey: string, now: string): Promise<ShopStatus | null> {
  const shop = (await history.listShops()).find((s) => s.key === shopKey);
  if (!shop) return null;
  const from = new Date(Date.parse(now) - CHART_DAYS * 86_400_000).toISOString();
  const latest = await history.latest(shopKey);
  const series: ShopStatus['series'] = {};
  for (const metric of CHARTED_METRICS) {
    if (!(metric in latest)) continue;
    series[metric] = await history.series(shopKey, metric, { from, to: now });
  }
  return { shop, latest, series };
}
