/**
 * Robust trends and threshold crossings. Theil–Sen: the slope is the median of all pairwise
 * slopes, the intercept the median residual, so one odd reading among five or more barely moves
 * the line (with three or four readings nothing can tell an odd one apart). Pure functions.
 */
import { DAY_MS, isoDay } from './dates';
import type { Point } from './latest';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export type Line = { slope: number; intercept: number };

/** Theil–Sen fit of y = intercept + slope·x; null with fewer than two distinct x. */
export function theilSen(points: ReadonlyArray<{ x: number; y: number }>): Line | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as { x: number; y: number };
      const b = points[j] as { x: number; y: number };
      if (a.x !== b.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  return { slope, intercept: median(points.map((p) => p.y - slope * p.x)) };
}

export type TrendOptions = { windowDays: number; minReadings: number; minSpanDays: number };

export type Trend = {
  /** Change per day. */
  slopePerDay: number;
  /** Fitted value at `t` (ms). */
  at: (t: number) => number;
  readings: number;
  spanDays: number;
  lastT: number;
};

/**
 * The trend over the last `windowDays` before the newest point (one point per day, any order).
 * Null unless there are ≥ minReadings points spanning ≥ minSpanDays.
 */
export function trend(points: readonly Point[], opts: TrendOptions): Trend | null {
  if (points.length === 0) return null;
  const lastT = Math.max(...points.map((p) => p.t));
  const used = points.filter((p) => p.t >= lastT - opts.windowDays * DAY_MS);
  const firstT = Math.min(...used.map((p) => p.t));
  const spanDays = (lastT - firstT) / DAY_MS;
  if (used.length < opts.minReadings || spanDays < opts.minSpanDays) return null;
  // x in days since the first point keeps the numbers small.
  const line = theilSen(used.map((p) => ({ x: (p.t - firstT) / DAY_MS, y: p.value })));
  if (!line) return null;
  return {
    slopePerDay: line.slope,
    at: (t) => line.intercept + line.slope * ((t - firstT) / DAY_MS),
    readings: used.length,
    spanDays,
    lastT,
  };
}

/**
 * ISO date on which the trend crosses `threshold` going `direction` ('down': falls below it,
 * 'up': reaches it), if that happens within `horizonDays` after `now`. The date is never before
 * the last reading; it may be before `now` when the readings are old (the line already crossed).
 */
export function crossingEta(
  tr: Trend | null,
  threshold: number,
  direction: 'down' | 'up',
  now: number,
  horizonDays: number,
): string | undefined {
  if (!tr) return undefined;
  const s = tr.slopePerDay;
  if ((direction === 'down' && !(s < 0)) || (direction === 'up' && !(s > 0))) return undefined;
  const atLast = tr.at(tr.lastT);
  const crossT = tr.lastT + ((threshold - atLast) / s) * DAY_MS;
  const t = Math.max(crossT, tr.lastT);
  if (t > now + horizonDays * DAY_MS) return undefined;
  return isoDay(t);
}
