/**
 * The rolling 90-day order count (the SPS window) without new orders.
 *
 * What can be computed from what:
 * - the current count N (`ordersLast90Days`) alone: where the shop stands, and the steady rate
 *   that keeps it above the minimum (min × 7 / 90 orders a week, rounded up) — but not the
 *   run-out date, because the days those N orders fell on are unknown;
 * - N plus daily order counts (single-day readings of `orders`) that account for all N orders in
 *   the window: the run-out date — the first day the orders still inside the window drop below
 *   the minimum. If the daily counts add up to more than N (not every order counts towards the
 *   SPS), the known oldest orders are assumed to leave first, so the date is the earliest;
 * - no N but daily counts for all 90 days: N is their sum and the same projection applies.
 * Daily counts are never invented: partial coverage gives no date, and says what is missing.
 */
import { addDays, daysBetween, isoDay } from './dates';
import { dailyValues, latest, type Reading } from './latest';

export const WINDOW_DAYS = 90;

export type Orders90 = {
  count: number;
  /** Date the count is for. */
  asOf: string;
  /** First day the count falls below `min` if no new orders come (undefined when unknown). */
  runOut?: string;
  /** Why there is no run-out date, when there is none ('below' = already under the minimum). */
  noRunOut?: 'below' | 'no-daily-orders' | 'incomplete-daily-orders';
  /** Orders in the window whose day is unknown (only when incomplete). */
  unknownDayOrders?: number;
  /** Orders a week that keep the count at or above `min` in steady state. */
  perWeekToStay: number;
  /** Orders still needed now to reach `min` (0 when at or above). */
  shortBy: number;
};

export function perWeekToStay(min: number): number {
  return Math.ceil((min * 7) / WINDOW_DAYS - 1e-9);
}

export function projectOrders90(readings: readonly Reading[], min: number): Orders90 | undefined {
  const daily = dailyValues(readings, 'orders');
  const last = latest(readings, 'ordersLast90Days');
  let count: number;
  let asOf: string;
  if (last && typeof last.value === 'number') {
    count = last.value;
    asOf = isoDay(last.t);
  } else {
    const days = [...daily.keys()];
    const end = days[days.length - 1];
    if (end === undefined) return undefined;
    const inWindow = days.filter((d) => daysBetween(d, end) < WINDOW_DAYS);
    if (inWindow.length < WINDOW_DAYS) return undefined;
    count = inWindow.reduce((s, d) => s + (daily.get(d) ?? 0), 0);
    asOf = end;
  }
  const base = { count, asOf, perWeekToStay: perWeekToStay(min), shortBy: Math.max(0, min - count) };
  if (count < min) return { ...base, noRunOut: 'below' };

  // Known orders inside the window ending on `asOf`, oldest first.
  const known = [...daily.entries()].filter(([d]) => d <= asOf && daysBetween(d, asOf) < WINDOW_DAYS);
  const knownSum = known.reduce((s, [, n]) => s + n, 0);
  if (known.length === 0) return { ...base, noRunOut: 'no-daily-orders' };
  if (knownSum < count) return { ...base, noRunOut: 'incomplete-daily-orders', unknownDayOrders: count - knownSum };

  // An order placed on day d leaves the window on d + 90. Walk the days they leave.
  let remaining = count;
  for (const [d, n] of known) {
    remaining -= n;
    if (remaining < min) {
      const leaves = addDays(d, WINDOW_DAYS);
      return { ...base, runOut: leaves > asOf ? leaves : addDays(asOf, 1) };
    }
  }
  return base;
}
