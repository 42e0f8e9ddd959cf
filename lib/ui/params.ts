/**
 * Turns the numbers behind a warning or reason (the rules' `params`) into display
 * strings in the UI language: values in their metric's unit, dates as local dates.
 * Counts (orders, points, days, products) stay numbers: the template writes them and
 * chooses its plural form by them (lib/i18n/message.ts).
 */
import { formatDate, formatMetric, numberFormat } from '../format';
import { METRICS } from '../metric-defs';
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

/** Units whose values are whole things a sentence counts ("1 order", "5 points"). */
const COUNTED_UNITS = new Set(['count', 'points']);

export function formatParams(params: Record<string, string | number>, ctx: ParamContext): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, raw] of Object.entries(params)) {
    if (typeof raw === 'number' && MONEY_KEYS.has(key) && ctx.currency) {
      out[key] = numberFormat(ctx.locale, { style: 'currency', currency: ctx.currency, maximumFractionDigits: 0 }).format(raw);
    } else if (typeof raw === 'number' && RATE_KEYS.has(key)) {
      out[key] = numberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 2 }).format(raw);
    } else if (typeof raw === 'number' && ctx.metric && METRIC_VALUE_KEYS.has(key) && !COUNTED_UNITS.has(METRICS[ctx.metric].unit)) {
      out[key] = formatMetric(ctx.metric, raw, { locale: ctx.locale, currency: ctx.currency });
    } else if (typeof raw === 'number') {
      out[key] = raw;
    } else if (DATE_KEYS.has(key) && /^\d{4}-\d{2}-\d{2}/.test(raw)) {
      out[key] = formatDate(raw, ctx.locale);
    } else {
      out[key] = raw;
    }
  }
  return out;
}
