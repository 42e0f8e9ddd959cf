/**
 * The metric vocabulary shared by every layer (reader, history, rules, UI).
 * See shared/DOMAIN.md "Metrics": ratios are fractions, money is a number in the
 * reading's currency, `null` = shown without a value, absent = not shown.
 */
import { z } from 'zod';

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
export const MetricKeySchema = z.enum(METRIC_KEYS as [MetricKey, ...MetricKey[]]);

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

function metricValueSchema(key: MetricKey) {
  return z
    .number()
    .refine((v) => isValidMetricValue(key, v), { message: `out of range for ${key}` })
    .nullable();
}

/** A strict metrics object: only known keys, each in its range or null. */
export const MetricsSchema = z
  .strictObject(
    Object.fromEntries(METRIC_KEYS.map((k) => [k, metricValueSchema(k).optional()])) as {
      [K in MetricKey]: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    },
  )
  .transform((m) => {
    // Optional keys given as `undefined` are "not shown": drop them so absent stays absent.
    const out: Metrics = {};
    for (const k of METRIC_KEYS) if (m[k] !== undefined) out[k] = m[k];
    return out;
  });

export const PeriodSchema = z
  .strictObject({ start: z.iso.date(), end: z.iso.date() })
  .refine((p) => p.start <= p.end, { message: 'period ends before it starts' });
export type Period = z.infer<typeof PeriodSchema>;

export const PAGE_KINDS = ['home', 'analytics', 'shop-score', 'account-health', 'partner', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const PageKindSchema = z.enum(PAGE_KINDS);
