/**
 * `GET /api/v1/seller/growth_center/violation/overview/get`: violation points (0–48, the
 * Southeast Asian scheme) in `data.violation_score`, in any region whose response carries it.
 */
import type { Metrics } from '../../metric-defs';
import type { PageDataFigures } from './types';
import { field, metricValue } from './values';

export function readViolationOverview(data: unknown): Omit<PageDataFigures, 'endpoint'> {
  const metrics: Metrics = {};
  const points = metricValue('violationPoints', field(data, 'violation_score'));
  if (points !== undefined) metrics.violationPoints = points;
  return { metrics, period: null, currency: null, days: [] };
}
