/**
 * `GET /api/v1/seller/experience-score/score-overview`: the Shop Performance Score page.
 * `overview.score` is the SPS ("3.62"; "" = no score yet → null), `totalValidOrderCnt` the
 * 90-day order count, `dailyScoreList[] {date, score}` the SPS history, which is what lets a
 * new install chart and forecast the score on its first day.
 */
import type { Metrics } from '../../metric-defs';
import type { DayFigures, PageDataFigures } from './types';
import { dayOf, fieldAt, listOf, metricValue } from './values';

/** Longest history kept from one response (the list covers about 90 days). */
export const MAX_DAYS = 400;

export function readSpsOverview(data: unknown): Omit<PageDataFigures, 'endpoint'> {
  const metrics: Metrics = {};
  const sps = metricValue('sps', fieldAt(data, 'overview', 'score'));
  if (sps !== undefined) metrics.sps = sps;
  const orders = metricValue('ordersLast90Days', fieldAt(data, 'overview', 'totalValidOrderCnt'));
  if (orders !== undefined) metrics.ordersLast90Days = orders;

  // One score a day; a day listed twice keeps its last entry; days without a score are no history.
  const byDay = new Map<string, DayFigures>();
  for (const entry of listOf(fieldAt(data, 'overview', 'dailyScoreList'), MAX_DAYS * 4, true)) {
    const day = dayOf(fieldAt(entry, 'date'));
    const score = metricValue('sps', fieldAt(entry, 'score'));
    if (day && typeof score === 'number') byDay.set(day, { day, period: null, metrics: { sps: score } });
  }
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)).slice(-MAX_DAYS);
  return { metrics, period: null, currency: null, days };
}
