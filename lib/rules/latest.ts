/**
 * Readings as the rules see them: cleaned (bad times, periods and out-of-range values dropped),
 * sorted by capture time, and asked for the latest value, a per-day series or daily values.
 */
import { isMetricKey, isValidMetricValue, type MetricKey, type Metrics } from '../metrics';
import { dayStart, isoDay, periodDays } from './dates';

export type InputReading = {
  at: string;
  period?: { start: string; end: string } | null;
  metrics: Metrics;
};

export type Reading = {
  t: number;
  at: string;
  period: { start: string; end: string; days: number } | null;
  metrics: Metrics;
};

function cleanPeriod(p: InputReading['period']): Reading['period'] {
  if (!p || Number.isNaN(dayStart(p.start)) || Number.isNaN(dayStart(p.end)) || p.start > p.end) return null;
  return { start: p.start, end: p.end, days: periodDays(p) };
}

/** Valid readings, oldest first (input order does not matter). */
export function cleanReadings(input: readonly InputReading[]): Reading[] {
  const out: Reading[] = [];
  for (const r of input) {
    const t = Date.parse(r.at);
    if (!Number.isFinite(t) || typeof r.metrics !== 'object' || r.metrics === null) continue;
    const metrics: Metrics = {};
    for (const [k, v] of Object.entries(r.metrics)) {
      if (!isMetricKey(k)) continue;
      if (v === null || (typeof v === 'number' && isValidMetricValue(k, v))) metrics[k] = v;
    }
    out.push({ t, at: r.at, period: cleanPeriod(r.period), metrics });
  }
  return out.sort((a, b) => a.t - b.t);
}

export type Latest = { value: number | null; at: string; t: number };

/** The value from the most recent reading that shows `key` (null = shown without a value). */
export function latest(readings: readonly Reading[], key: MetricKey): Latest | undefined {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i];
    if (r && r.metrics[key] !== undefined) return { value: r.metrics[key] ?? null, at: r.at, t: r.t };
  }
  return undefined;
}

export type Point = { day: string; t: number; value: number };

/** One point per UTC day of capture (the day's last reading), for trends; nulls skipped. */
export function dailySeries(readings: readonly Reading[], key: MetricKey): Point[] {
  const byDay = new Map<string, Point>();
  for (const r of readings) {
    const v = r.metrics[key];
    if (typeof v !== 'number') continue;
    const day = isoDay(r.t);
    byDay.set(day, { day, t: r.t, value: v });
  }
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

/** Values of `key` for single-day periods (start === end), keyed by that date; latest capture wins. */
export function dailyValues(readings: readonly Reading[], key: MetricKey): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of readings) {
    const v = r.metrics[key];
    if (r.period?.days === 1 && typeof v === 'number') out.set(r.period.start, v);
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export type Rate = { perDay: number; days: number; readings: number; fromSingleDays: boolean };

/**
 * Average per-day value of `key` over readings whose period lies inside [from, to]: the latest
 * capture per distinct period, summed and divided by the days they cover. Undefined without data.
 */
export function dailyRate(readings: readonly Reading[], key: MetricKey, from: string, to: string): Rate | undefined {
  const byPeriod = new Map<string, { v: number; days: number }>();
  for (const r of readings) {
    const v = r.metrics[key];
    if (!r.period || typeof v !== 'number' || r.period.start < from || r.period.end > to) continue;
    byPeriod.set(`${r.period.start}/${r.period.end}`, { v, days: r.period.days });
  }
  if (byPeriod.size === 0) return undefined;
  let sum = 0;
  let days = 0;
  let single = true;
  for (const { v, days: d } of byPeriod.values()) {
    sum += v;
    days += d;
    if (d !== 1) single = false;
  }
  return { perDay: sum / days, days, readings: byPeriod.size, fromSingleDays: single };
}
