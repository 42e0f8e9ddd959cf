/**
 * The content script's check of what arrives from the page's world: anything may arrive
 * there (the page can send the same event), so only known endpoints, known metrics in
 * range, real days and ISO codes pass; everything else is dropped. The background checks
 * again (lib/messaging/page-data.ts).
 */
import { isIsoDate, isPeriod, validMetricsOf, type Metrics } from '../../metric-defs';
import { ENDPOINT_IDS, type DayFigures, type DayRange, type EndpointId, type PageDataMessage } from './types';
import { currencyOf, field, listOf } from './values';

/** Most days one message may carry (a few hundred days of SPS history). */
export const MAX_MESSAGE_DAYS = 400;

const metricsOf = (v: unknown): Metrics => (typeof v === 'object' && v !== null ? validMetricsOf(v as Record<string, unknown>) : {});

function periodOf(v: unknown): DayRange | null {
  const p = { start: field(v, 'start'), end: field(v, 'end') };
  return typeof p.start === 'string' && typeof p.end === 'string' && isPeriod(p as DayRange) ? (p as DayRange) : null;
}

/** A day of history: a real day, figures, and no period or exactly that day. */
function dayFiguresOf(v: unknown): DayFigures[] {
  const day = field(v, 'day');
  const metrics = metricsOf(field(v, 'metrics'));
  const period = periodOf(field(v, 'period'));
  const periodOk = period ? period.start === day && period.end === day : field(v, 'period') === null;
  return typeof day === 'string' && isIsoDate(day) && periodOk && Object.keys(metrics).length > 0 ? [{ day, period, metrics }] : [];
}

export function checkPageDataMessage(raw: unknown): PageDataMessage | null {
  const href = field(raw, 'href');
  const f = field(raw, 'figures');
  const endpoint = field(f, 'endpoint') as EndpointId;
  if (typeof href !== 'string' || href.length > 4096 || !ENDPOINT_IDS.includes(endpoint)) return null;
  const metrics = metricsOf(field(f, 'metrics'));
  const days = listOf(field(f, 'days'), MAX_MESSAGE_DAYS).flatMap(dayFiguresOf);
  if (Object.keys(metrics).length === 0 && days.length === 0) return null;
  return { href, figures: { endpoint, metrics, period: periodOf(field(f, 'period')), currency: currencyOf(field(f, 'currency')), days } };
}
