/**
 * Turns the numbers behind a warning or reason (the rules' `params`) into display
 * strings in the UI language: values in their metric's unit, dates as local dates.
 */
import { formatDate, formatMetric, numberFormat } from '../format';
import type { MetricKey } from '../metrics';

const METRIC_VALUE_KEYS = new Set(['value', 'threshold', 'diff', 'shortBy', 'min']);
const DATE_KEYS = new Set(['eta', 'date', 'start', 'end']);
/** Amounts in an estimate's basis, in its currency. */
const MONEY_KEYS = new Set(['gmv', 'cap', 'perProduct', 'bonus']);
const RATE_KEYS = new Set(['lowRate', 'highRate']);

export type ParamContext = { locale: string; currency: string | null; metric?: MetricKey };

/** The metric a reason or warning code speaks about, from its prefix. */
export function metricOfCode(code: string): MetricKey | undefined {
  if (code.startsWith('sps-')) return 'sps';
  if (code.startsWith('orders90-')) return 'ordersLast90Days';
  if (code.startsWith('ahr-')) return 'ahr';
  if (code === 'channel-concentration') return 'conversionRate'; // its values are shares: any ratio metric formats them
  return undefined;
}

export function formatParams(params: Record<string, string | number>, ctx: ParamContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(params)) {
    if (typeof raw === 'number' && MONEY_KEYS.has(key) && ctx.currency) {
      out[key] = numberFormat(ctx.locale, { style: 'currency', currency: ctx.currency, maximumFractionDigits: 0 }).format(raw);
    } else if (typeof raw === 'number' && RATE_KEYS.has(key)) {
      out[key] = numberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 2 }).format(raw);
    } else if (typeof raw === 'number' && ctx.metric && METRIC_VALUE_KEYS.has(key)) {
      out[key] = formatMetric(ctx.metric, raw, { locale: ctx.locale, currency: ctx.currency });
    } else if (typeof raw === 'number') {
      out[key] = numberFormat(ctx.locale, { maximumFractionDigits: 2 }).format(raw);
    } else if (DATE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}/.test(raw)) {
      out[key] = formatDate(raw, ctx.locale);
    } else {
      out[key] = raw;
    }
  }
  return out;
}
