/**
 * The popup's charts: one shop's daily roll-up of the metrics it charts, newest 180 days.
 * Asked for apart from the status (`shop/charts`, after the cards are drawn): a few hundred
 * points a metric that the cards do not need, and their reads and bytes used to come first.
 */
import type { History } from '../history';
import type { MetricKey } from '../metrics';
import type { SeriesPoint } from './status';

export type ShopCharts = Partial<Record<MetricKey, SeriesPoint[]>>;

/** Metrics charted from the daily roll-up. GMV is charted per day from the status (see dailyGmv). */
export const CHARTED_METRICS: MetricKey[] = ['sps', 'ordersLast90Days', 'ahr', 'violationPoints'];
export const CHART_DAYS = 180;

/** The charted metrics with points in the window; a metric the shop has not shown there is left out. */
export async function shopCharts(history: History, shopKey: string, now: string): Promise<ShopCharts> {
  const from = new Date(Date.parse(now) - CHART_DAYS * 86_400_000).toISOString();
  const series = await Promise.all(CHARTED_METRICS.map((m) => history.series(shopKey, m, { from, to: now })));
  return Object.fromEntries(CHARTED_METRICS.flatMap((m, i) => (series[i]!.length > 0 ? [[m, series[i]!]] : [])));
}
