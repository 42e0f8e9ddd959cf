/**
 * Plain-code checks for the two records the views read by the hundred (`readings`, `daily`).
 * zod costs ~7 µs a reading in the worker (jitless, see lib/zod-setup.ts): 840 readings for
 * one popup is several milliseconds before the first card. A record the history wrote itself
 * is already in canonical form, so these accept only that form and return exactly what the
 * schema would (same values, same key order). Anything else returns undefined and the zod
 * schema decides, so zod stays the one definition of a valid record (see parseRecord).
 */
import { METRIC_KEYS, PAGE_KINDS, isIsoDate, isValidMetricValue, type MetricKey, type Metrics, type PageKind } from '../metric-defs';
import type { Period } from '../metrics';
import { DailyRecordSchema, ReadingRecordSchema, type DailyRecord, type ReadingRecord, type ReadingSource } from './records';
import { shopKeyOf } from './shop-key';
import { parseRecord, type ReadCtx } from './tx';

type Raw = Record<string, unknown>;

/** A plain object with exactly `count` own keys (structured clones from IndexedDB always are plain). */
function plain(v: unknown, count: number): v is Raw {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && Object.keys(v).length === count;
}

/**
 * The form `toISOString()` writes for years 0000–9999, with a real date and time of day:
 * zod's datetime pattern accepts it, Date.parse reads it, and InstantSchema returns it unchanged.
 */
const CANONICAL_INSTANT = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
function instant(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = CANONICAL_INSTANT.exec(v);
  return m !== null && isIsoDate(m[1]!);
}

const positiveId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const shopKey = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 140;
const REGION = /^[A-Za-z0-9_-]{1,16}$/;
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const SHOP_ID = /^[^\u0000-\u001f\u007f]{1,64}$/;
// eslint-disable-next-line no-control-regex -- a stored path: no control characters, no query or fragment
const PATH = /^\/[^\u0000-\u001f\u007f?#]{0,511}$/;
const CURRENCY = /^[A-Z]{3}$/;
const PAGES: ReadonlySet<unknown> = new Set(PAGE_KINDS);
const SOURCES: ReadonlySet<unknown> = new Set<ReadingSource>(['page', 'page-data', 'manual', 'import']);
const METRIC_SET: ReadonlySet<unknown> = new Set(METRIC_KEYS);

function period(v: unknown): Period | null | undefined {
  if (v === null) return null;
  if (!plain(v, 2)) return undefined;
  const { start, end } = v;
  if (typeof start !== 'string' || typeof end !== 'string' || !isIsoDate(start) || !isIsoDate(end) || start > end) return undefined;
  return { start, end };
}

/** Known keys only, each null or in range; rebuilt in METRIC_KEYS order, as MetricsSchema returns it. */
function metrics(v: unknown): Metrics | undefined {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return undefined;
  const raw = v as Raw;
  const keys = Object.keys(raw);
  for (const k of keys) {
    const value = raw[k];
    if (!METRIC_SET.has(k)) return undefined;
    if (value !== null && (typeof value !== 'number' || !isValidMetricValue(k as MetricKey, value))) return undefined;
  }
  const out: Metrics = {};
  for (const k of METRIC_KEYS) if (Object.hasOwn(raw, k)) out[k] = raw[k] as number | null;
  return out;
}

/** A `readings` row as ReadingRecordSchema would return it, or undefined when only the schema can tell. */
export function quickReading(v: unknown): ReadingRecord | undefined {
  if (!plain(v, 10)) return undefined;
  const { id, shopKey: key, shop, capturedAt, page, path, currency, source } = v;
  if (!positiveId(id) || !shopKey(key) || !plain(shop, 2)) return undefined;
  const { region, shopId } = shop;
  if (region !== null && (typeof region !== 'string' || !REGION.test(region) || region === '--')) return undefined;
  if (shopId !== null && (typeof shopId !== 'string' || !SHOP_ID.test(shopId) || shopId === '--')) return undefined;
  const ref = { region, shopId };
  if (key !== shopKeyOf(ref)) return undefined;
  if (!instant(capturedAt) || !PAGES.has(page) || typeof path !== 'string' || !PATH.test(path)) return undefined;
  if (currency !== null && (typeof currency !== 'string' || !CURRENCY.test(currency))) return undefined;
  if (!SOURCES.has(source)) return undefined;
  const p = period(v.period);
  const m = metrics(v.metrics);
  if (p === undefined || m === undefined) return undefined;
  return {
    id,
    shopKey: key,
    shop: ref,
    capturedAt,
    page: page as PageKind,
    path,
    period: p,
    currency,
    metrics: m,
    source: source as ReadingSource,
  };
}

/** A `daily` row as DailyRecordSchema would return it, or undefined when only the schema can tell. */
export function quickDaily(v: unknown): DailyRecord | undefined {
  if (!plain(v, 6)) return undefined;
  const { shopKey: key, metric, day, value, at, readingId } = v;
  if (!shopKey(key) || !METRIC_SET.has(metric) || typeof day !== 'string' || !isIsoDate(day)) return undefined;
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) return undefined;
  if (!instant(at) || !positiveId(readingId)) return undefined;
  return { shopKey: key, metric: metric as MetricKey, day, value, at, readingId };
}

/** A stored reading, checked (skipped and counted when invalid): what every read of `readings` goes through. */
export function storedReading(raw: unknown, ctx: ReadCtx): ReadingRecord | null {
  return parseRecord(ReadingRecordSchema, raw, ctx, quickReading);
}

/** A stored roll-up row, checked: what every read of `daily` goes through. */
export function storedDaily(raw: unknown, ctx: ReadCtx): DailyRecord | null {
  return parseRecord(DailyRecordSchema, raw, ctx, quickDaily);
}
