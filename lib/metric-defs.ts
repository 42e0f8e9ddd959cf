/**
 * The metric vocabulary without zod: keys, units, ranges and plain checks. lib/metrics.ts
 * re-exports all of it and adds the zod schemas; bundles that must stay small (popup,
 * content script) import what they need from here.
 */

export type MetricUnit = 'money' | 'count' | 'ratio' | 'score' | 'points';

type MetricDef = { unit: MetricUnit; min: number; max: number };

const MONEY: MetricDef = { unit: 'money', min: 0, max: 1e13 };
const COUNT: MetricDef = { unit: 'count', min: 0, max: 1e12 };
const RATIO: MetricDef = { unit: 'ratio', min: 0, max: 1 };

/** Every metric with its unit and the range a stored value must fall in. */
export const METRICS = {
  gmv: MONEY,
  orders: COUNT,
  unitsSold: COUNT,
  buyers: COUNT,
  visitors: COUNT,
  conversionRate: RATIO,
  gmvLive: MONEY,
  gmvVideo: MONEY,
  gmvProductCard: MONEY,
  sps: { unit: 'score', min: 0, max: 5 },
  ordersLast90Days: COUNT,
  negativeReviewRate: RATIO,
  returnRefundRate: RATIO,
  sellerCancellationRate: RATIO,
  onTimeDeliveryRate: RATIO,
  imDissatisfactionRate: RATIO,
  shipOnTimeRate: RATIO,
  lateDispatchRate: RATIO,
  returnRate: RATIO,
  ahr: { unit: 'points', min: 0, max: 1000 },
  violationPoints: { unit: 'points', min: 0, max: 48 },
} as const satisfies Record<string, MetricDef>;

export type MetricKey = keyof typeof METRICS;
export const METRIC_KEYS = Object.keys(METRICS) as MetricKey[];

export type Metrics = Partial<Record<MetricKey, number | null>>;

export function isMetricKey(key: string): key is MetricKey {
  return Object.hasOwn(METRICS, key);
}

/** True when `value` may be stored for `key`: finite, in range, whole for counts. */
export function isValidMetricValue(key: MetricKey, value: number): boolean {
  const def: MetricDef = METRICS[key];
  if (!Number.isFinite(value) || value < def.min || value > def.max) return false;
  return def.unit !== 'count' || Number.isInteger(value);
}

/**
 * The entries of `raw` that MetricsSchema accepts one by one (known key; null, or a
 * value `isValidMetricValue` accepts), without zod: what the page reader keeps.
 */
export function validMetricsOf(raw: Readonly<Record<string, unknown>>): Metrics {
  const out: Metrics = {};
  for (const key of METRIC_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = raw[key];
    if (value === null || (typeof value === 'number' && isValidMetricValue(key, value))) out[key] = value;
  }
  return out;
}

/**
 * A calendar date `YYYY-MM-DD` that exists (what `z.iso.date()` accepts), without zod's
 * regex table, which would weigh 2 KB in the content script.
 */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** What PeriodSchema accepts, without zod. */
export function isPeriod(p: { start: string; end: string }): boolean {
  return isIsoDate(p.start) && isIsoDate(p.end) && p.start <= p.end;
}

export const PAGE_KINDS = ['home', 'analytics', 'shop-score', 'account-health', 'partner', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
