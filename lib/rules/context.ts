/** Everything the evaluators share, computed once per `assess` call. */
import { isoDay } from './dates';
import { crossingEta, trend, type Trend } from './forecast';
import { cleanReadings, dailySeries, latest, type InputReading, type Latest, type Reading } from './latest';
import { projectOrders90, type Orders90 } from './orders90';
import type { Settings } from './settings';

export type Context = {
  now: number;
  today: string;
  region: string | undefined;
  currency: string | undefined;
  readings: Reading[];
  settings: Settings;
  /** Portfolio totals, when known (AssessInput.portfolio). */
  portfolio: { sellers?: number };
  sps: Latest | undefined;
  orders90Latest: Latest | undefined;
  spsTrend: Trend | null;
  ahrTrend: Trend | null;
  orders90: (min: number) => Orders90 | undefined;
  /** Trend crossing of `threshold` within the forecast horizon. */
  eta: (tr: Trend | null, threshold: number, direction: 'down' | 'up') => string | undefined;
};

export function buildContext(
  input: { now: string; region?: string; currency?: string; readings: InputReading[]; portfolio?: { sellers?: number } },
  settings: Settings,
): Context {
  const now = Date.parse(input.now);
  const readings = cleanReadings(Array.isArray(input.readings) ? input.readings : []);
  const f = settings.forecast;
  const opts = { windowDays: f.windowDays, minReadings: f.minReadings, minSpanDays: f.minSpanDays };
  return {
    now,
    today: isoDay(now),
    region: input.region?.toUpperCase() === 'UK' ? 'GB' : input.region?.toUpperCase(),
    currency: input.currency?.toUpperCase(),
    readings,
    settings,
    portfolio: validPortfolio(input.portfolio),
    sps: latest(readings, 'sps'),
    orders90Latest: latest(readings, 'ordersLast90Days'),
    spsTrend: trend(dailySeries(readings, 'sps'), opts),
    ahrTrend: trend(dailySeries(readings, 'ahr'), opts),
    orders90: (min) => projectOrders90(readings, min),
    eta: (tr, threshold, direction) => crossingEta(tr, threshold, direction, now, f.horizonDays),
  };
}

function validPortfolio(p: { sellers?: unknown } | undefined): { sellers?: number } {
  const n = p?.sellers;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? { sellers: n } : {};
}

/** True when `date` (ISO) is within the at-risk window from today (past dates included). */
export function withinAtRisk(ctx: Context, date: string | undefined): boolean {
  if (!date) return false;
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${ctx.today}T00:00:00Z`)) / 86_400_000;
  return days <= ctx.settings.forecast.atRiskDays;
}
