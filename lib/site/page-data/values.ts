/**
 * Tolerant reading of untrusted JSON: own properties only (never a prototype's, which a
 * page may have changed), numbers or numeric strings, bounded lists, real calendar days.
 * Nothing here throws on odd input; it answers `undefined` instead.
 */
import { isValidMetricValue, type MetricKey } from '../../metric-defs';

const hasOwn = Object.prototype.hasOwnProperty;

/** `v[key]` when `v` is an object or array that has it as its own property. */
export function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null && hasOwn.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
}

/** `v.a.b.c…` through own properties. */
export function fieldAt(v: unknown, ...keys: string[]): unknown {
  let node = v;
  for (const key of keys) node = field(node, key);
  return node;
}

/** A plain decimal: `3.62`, `-1`, `.5`, `41`; no exponents, no separators, no units. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A finite number, or a string holding one plain decimal. */
export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.length > 40) return undefined;
  const text = v.trim();
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/**
 * The value a response gives for `key`: a number in the metric's range, `null` for
 * "shown without a value" (`""`, `null`), `undefined` when absent or unusable (out of
 * range, not a number): never a guess.
 */
export function metricValue(key: MetricKey, v: unknown): number | null | undefined {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const n = numberOf(v);
  return n !== undefined && isValidMetricValue(key, n) ? n : undefined;
}

/** The entries of an array, at most `max` (the last ones when `fromEnd`); anything else is empty. */
export function listOf(v: unknown, max: number, fromEnd = false): unknown[] {
  if (!Array.isArray(v)) return [];
  // Copied by hand: `slice` would ask a hostile array's own `constructor` for its species and throw.
  const n = v.length;
  const out: unknown[] = [];
  for (let i = fromEnd ? Math.max(0, n - max) : 0; i < (fromEnd ? n : Math.min(n, max)); i++) out.push(v[i]);
  return out;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** `YYYY-MM-DD` of a day that exists, or undefined. (Plain arithmetic: a stats body has hundreds.) */
export function dayOf(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = DAY.exec(v);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? v : undefined;
}

/** The day before `day` (a day dayOf accepted). */
export function dayBefore(day: string): string {
  const d = Number(day.slice(8, 10));
  if (d > 1) return `${day.slice(0, 8)}${String(d - 1).padStart(2, '0')}`;
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const CURRENCY = /^[A-Z]{3}$/;

/** An ISO 4217 code as a response may carry it. */
export function currencyOf(v: unknown): string | null {
  return typeof v === 'string' && CURRENCY.test(v) ? v : null;
}
