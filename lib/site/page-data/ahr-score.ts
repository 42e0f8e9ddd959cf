/** `GET /api/v1/account/ahr/score`: the Account Health Rating (0–1000, US and UK) in `data.score`. */
import type { Metrics } from '../../metric-defs';
import type { PageDataFigures } from './types';
import { field, metricValue } from './values';

export function readAhrScore(data: unknown): Omit<PageDataFigures, 'endpoint'> {
  const metrics: Metrics = {};
  const ahr = metricValue('ahr', field(data, 'score'));
  if (ahr !== undefined) metrics.ahr = ahr;
  return { metrics, period: null, currency: null, days: [] };
}
