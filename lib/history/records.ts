/**
 * The shapes the history stores, as zod schemas. Every record is checked on the way in
 * (write, import) and on the way out (read): a record that fails is skipped and counted.
 */
import { z } from 'zod';
import {
  MetricKeySchema,
  MetricsSchema,
  PageKindSchema,
  PeriodSchema,
  type MetricKey,
  type Metrics,
  type PageKind,
  type Period,
} from '../metrics';

import { shopKeyOf, type ShopRef } from './shop-key';

export { shopKeyOf, type ShopRef };

/** `page-data`: every figure came from the page's own responses, none from its labels (issue 13). */
export type ReadingSource = 'page' | 'page-data' | 'manual' | 'import';

export type NewReading = {
  shop: ShopRef & { name?: string | null };
  capturedAt: string;
  page: PageKind;
  path: string;
  period: Period | null;
  currency: string | null;
  metrics: Metrics;
  source: ReadingSource;
};

export type StoredReading = NewReading & { id: number; shopKey: string };

/** What the `shops` store holds (readingCount is counted on read, not stored). */
export type ShopRecord = {
  key: string;
  region: string | null;
  shopId: string | null;
  name: string | null;
  currency: string | null;
  firstSeen: string;
  lastSeen: string;
};

export type Shop = ShopRecord & { readingCount: number };

/** A `readings` row. `shop` keeps region and shop id; the name lives in `shops`. */
export type ReadingRecord = {
  id: number;
  shopKey: string;
  shop: ShopRef;
  capturedAt: string;
  page: PageKind;
  path: string;
  period: Period | null;
  currency: string | null;
  metrics: Metrics;
  source: ReadingSource;
};

/** A `daily` row (v2): the last value of a metric on one UTC day. */
export type DailyRecord = {
  shopKey: string;
  metric: MetricKey;
  day: string;
  value: number | null;
  at: string;
  readingId: number;
};

// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/** An ISO date-time with offset, stored as UTC `toISOString()` so strings sort by time. */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .refine((s) => Number.isFinite(Date.parse(s)), { message: 'not a real date-time' })
  .transform((s) => new Date(s).toISOString());

export const RegionSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,16}$/)
  .refine((s) => s !== '--', { message: '"--" is reserved' });
export const ShopIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(NO_CONTROL)
  .refine((s) => s !== '--', { message: '"--" is reserved' });
export const ShopNameSchema = z.string().max(200).regex(NO_CONTROL);
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);
export const SourceSchema = z.enum(['page', 'page-data', 'manual', 'import']);
export const ShopKeySchema = z.string().min(1).max(140);
export const DaySchema = z.iso.date();

/** A URL path; a query or fragment is cut off (shop ids belong in `shop`, not here). */
export const PathSchema = z
  .string()
  .max(2048)
  .regex(NO_CONTROL)
  .transform((p) => p.replace(/[?#].*$/s, ''))
  .pipe(z.string().startsWith('/').max(512));

export const ShopRefSchema = z.strictObject({
  region: RegionSchema.nullable(),
  shopId: ShopIdSchema.nullable(),
});

const readingFields = {
  capturedAt: InstantSchema,
  page: PageKindSchema,
  path: PathSchema,
  period: PeriodSchema.nullable(),
  currency: CurrencySchema.nullable(),
  metrics: MetricsSchema,
  source: SourceSchema,
};

export const NewReadingSchema = z.strictObject({
  shop: z.strictObject({
    region: RegionSchema.nullable(),
    shopId: ShopIdSchema.nullable(),
    name: ShopNameSchema.nullable().optional(),
  }),
  ...readingFields,
});

export const ReadingRecordSchema = z
  .strictObject({ id: z.number().int().positive(), shopKey: ShopKeySchema, shop: ShopRefSchema, ...readingFields })
  .refine((r) => r.shopKey === shopKeyOf(r.shop), { message: 'shopKey does not match the shop' });

/** A shop's fields, as stored and as exported (the export adds `readingCount`). */
export const shopFields = {
  key: ShopKeySchema,
  region: RegionSchema.nullable(),
  shopId: ShopIdSchema.nullable(),
  name: ShopNameSchema.nullable(),
  currency: CurrencySchema.nullable(),
  firstSeen: InstantSchema,
  lastSeen: InstantSchema,
};

/** The checks every shop record passes, wherever it comes from. */
export function checkedShop<T extends z.ZodType<Omit<ShopRecord, 'name' | 'currency'>>>(schema: T) {
  return schema
    .refine((s) => s.key === shopKeyOf(s), { message: 'key does not match region and shop id' })
    .refine((s) => s.firstSeen <= s.lastSeen, { message: 'firstSeen is after lastSeen' });
}

export const ShopRecordSchema = checkedShop(z.strictObject(shopFields));

export const DailyRecordSchema = z.strictObject({
  shopKey: ShopKeySchema,
  metric: MetricKeySchema,
  day: DaySchema,
  value: z.number().nullable(),
  at: InstantSchema,
  readingId: z.number().int().positive(),
});

// Compile-time checks that the schemas produce the declared record types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.output<typeof ReadingRecordSchema>, ReadingRecord>,
  Same<z.output<typeof ShopRecordSchema>, ShopRecord>,
  Same<z.output<typeof DailyRecordSchema>, DailyRecord>,
] = [true, true, true];
void checks;

/** Zod issues as short "path: message" lines. */
export function describeIssues(error: z.ZodError, max = 5): string[] {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
  if (error.issues.length > max) lines.push(`…and ${error.issues.length - max} more problems`);
  return lines;
}

/** The UTC day of a stored (normalized) instant. */
export function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

/** The content of a reading, the part that travels unchanged between the write path, the store and the export. */
export type ReadingContent = Pick<ReadingRecord, 'capturedAt' | 'page' | 'path' | 'period' | 'currency' | 'metrics' | 'source'>;

export function readingContent(r: ReadingContent): ReadingContent {
  const { capturedAt, page, path, period, currency, metrics, source } = r;
  return { capturedAt, page, path, period, currency, metrics, source };
}

/** Same period, currency and metric values (key order does not matter). */
export function sameContent(
  a: Pick<ReadingRecord, 'period' | 'currency' | 'metrics'>,
  b: Pick<ReadingRecord, 'period' | 'currency' | 'metrics'>,
): boolean {
  if (a.currency !== b.currency) return false;
  if ((a.period?.start ?? null) !== (b.period?.start ?? null)) return false;
  if ((a.period?.end ?? null) !== (b.period?.end ?? null)) return false;
  const ka = Object.keys(a.metrics) as MetricKey[];
  if (ka.length !== Object.keys(b.metrics).length) return false;
  return ka.every((k) => Object.hasOwn(b.metrics, k) && a.metrics[k] === b.metrics[k]);
}
