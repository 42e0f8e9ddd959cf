/**
 * `POST /api/v1/seller/growth_center/shop/metrics_module/query`: the account-health metric
 * table. `data.metric_groups[].metrics[] {feature_code, value, …}`; values are fractions.
 * Which codes are which metric is data (below); every other code is some other metric.
 */
import type { MetricKey, Metrics } from '../../metric-defs';
import type { PageDataFigures } from './types';
import { field, listOf, metricValue } from './values';

/** A `feature_code` containing the text → the metric (shared/DOMAIN.md). */
export const FEATURE_CODES: ReadonlyArray<readonly [string, MetricKey]> = [
  ['late_dispatch', 'lateDispatchRate'],
  ['cancel_rate', 'sellerCancellationRate'],
];

const MAX_GROUPS = 50;
const MAX_METRICS = 200;

function metricOfCode(code: unknown): MetricKey | undefined {
  if (typeof code !== 'string' || code.length > 200) return undefined;
  const lower = code.toLowerCase();
  return FEATURE_CODES.find(([part]) => lower.includes(part))?.[1];
}

export function readShopMetrics(data: unknown): Omit<PageDataFigures, 'endpoint'> {
  const metrics: Metrics = {};
  for (const group of listOf(field(data, 'metric_groups'), MAX_GROUPS)) {
    for (const row of listOf(field(group, 'metrics'), MAX_METRICS)) {
      const key = metricOfCode(field(row, 'feature_code'));
      // The first row of a metric is the one the table shows; a repeat does not overwrite it.
      if (!key || Object.hasOwn(metrics, key)) continue;
      const value = metricValue(key, field(row, 'value'));
      if (value !== undefined) metrics[key] = value;
    }
  }
  return { metrics, period: null, currency: null, days: [] };
}
