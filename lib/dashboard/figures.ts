/**
 * The dashboard's figures of one shop from the readings its check reads anyway: the newest
 * value of each DASHBOARD_METRICS metric and the period of the newest GMV. Kept with the
 * check's summary, so the dashboard of 200 shops reads one stored record per shop instead of
 * 1,000 index lookups. Pure.
 */
import type { MetricKey, Period } from '../metrics';
import { DASHBOARD_METRICS } from './row';

export type Figures = { figures: Partial<Record<MetricKey, number | null>>; gmvPeriod: Period | null };

type AnyReading = { capturedAt: string; period: Period | null; metrics: Partial<Record<MetricKey, number | null>> };

export function latestFigures(readings: readonly AnyReading[]): Figures {
  const figures: Figures['figures'] = {};
  const at: Partial<Record<MetricKey, string>> = {};
  let gmvPeriod: Period | null = null;
  for (const r of readings) {
    for (const m of DASHBOARD_METRICS) {
      const v = r.metrics[m];
      if (v === undefined || (at[m] !== undefined && at[m]! > r.capturedAt)) continue;
      figures[m] = v;
      at[m] = r.capturedAt;
      if (m === 'gmv') gmvPeriod = r.period;
    }
  }
  return { figures, gmvPeriod };
}
