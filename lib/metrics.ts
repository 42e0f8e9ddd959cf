/**
 * The metric vocabulary shared by every layer (reader, history, rules, UI).
 * See shared/DOMAIN.md "Metrics": ratios are fractions, money is a number in the
 * reading's currency, `null` = shown without a value, absent = not shown.
 */
import { z } from 'zod';
import { METRIC_KEYS, PAGE_KINDS, isValidMetricValue, type MetricKey, type Metrics } from './metric-defs';

export * from './metric-defs';

export const MetricKeySchema = /* @__PURE__ */ z.enum(METRIC_KEYS as [MetricKey, ...MetricKey[]]);

function metricValueSchema(key: MetricKey) {
  return z
    .number()
    .refine((v) => isValidMetricValue(key, v), { message: `out of range for ${key}` })
    .nullable();
}

/**
 * A strict metrics object: only known keys, each in its range or null.
 * Schemas here are built in pure IIFEs so bundles that use only the plain checks of
 * metric-defs.ts (the content script) carry no zod.
 */
export const MetricsSchema = /* @__PURE__ */ (() =>
  z
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
    }))();

export const PeriodSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ start: z.iso.date(), end: z.iso.date() })
    .refine((p) => p.start <= p.end, { message: 'period ends before it starts' }))();
export type Period = z.infer<typeof PeriodSchema>;

export const PageKindSchema = /* @__PURE__ */ z.enum(PAGE_KINDS);
