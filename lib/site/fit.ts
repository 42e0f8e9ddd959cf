/**
 * Does a parsed number fit a metric's unit? `5.23%` fits a ratio (as 0.0523), not a
 * count; `$48` fits money, not a score. Returns the value to store, `null` for a
 * shown-without-value mark, or `undefined` when the text is not this metric's value.
 */
import { METRICS, isValidMetricValue, type MetricKey } from '../metrics';
import type { Amount, Parsed } from './numbers';

/** `x/y` forms a metric may be shown in: the denominator the page prints. */
export const OUT_OF: Partial<Record<MetricKey, readonly number[]>> = {
  sps: [5],
  ahr: [1000],
  violationPoints: [48],
  ordersLast90Days: [30],
};

export type Fit = { value: number | null; currency: string | null; marker: string | null };

function amountFits(key: MetricKey, a: Amount): number | undefined {
  const unit = METRICS[key].unit;
  if (a.outOf !== null && !(OUT_OF[key] ?? []).includes(a.outOf)) return undefined;
  let value: number;
  switch (unit) {
    case 'money':
      if (a.percent) return undefined;
      value = a.value;
      break;
    case 'count':
      if (a.percent || a.marker) return undefined;
      value = a.value;
      break;
    case 'ratio':
      if (!a.percent) return undefined;
      value = Number(`${a.mant}e${a.exp - 2}`);
      break;
    case 'score':
    case 'points':
      if (a.percent || a.marker || a.scaled) return undefined;
      value = a.value;
      if (unit === 'points' && !Number.isInteger(value)) return undefined;
      break;
  }
  return isValidMetricValue(key, value) ? value : undefined;
}

export function fitMetric(key: MetricKey, parsed: Parsed): Fit | undefined {
  if (parsed.kind === 'none') return { value: null, currency: null, marker: null };
  if (parsed.kind === 'range') {
    const low = amountFits(key, parsed.low);
    const high = amountFits(key, parsed.high);
    if (low === undefined || high === undefined) return undefined;
    // A range (`30K-100K`) is "shown, but without one value": no metric stores ranges today.
    return { value: null, currency: parsed.low.currency, marker: parsed.low.marker };
  }
  const value = amountFits(key, parsed);
  return value === undefined ? undefined : { value, currency: parsed.currency, marker: parsed.marker };
}
