/** Display formatting for metric values, through Intl in the UI's locale. */
import { METRICS, type MetricKey } from './metric-defs';

export type FormatContext = { locale: string; currency: string | null };

/**
 * Intl formatters, one per locale and options. Building one costs far more than using it
 * (a fresh popup spent most of its first render in their constructors), and they are immutable.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

export function formatMetric(key: MetricKey, value: number | null, ctx: FormatContext): string {
  if (value === null) return '—';
  const { unit } = METRICS[key];
  switch (unit) {
    case 'money':
      return ctx.currency
        ? numberFormat(ctx.locale, {
            style: 'currency',
            currency: ctx.currency,
            notation: value >= 100_000 ? 'compact' : 'standard',
            maximumFractionDigits: value >= 1000 ? 0 : 2,
          }).format(value)
        : numberFormat(ctx.locale, { maximumFractionDigits: 2 }).format(value);
    case 'ratio':
      return numberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
    case 'score':
      return numberFormat(ctx.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    default:
      return numberFormat(ctx.locale, { maximumFractionDigits: 0 }).format(value);
  }
}

export function formatDateTime(iso: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A distance in the metric's unit, without sign (the sentence says above/below). */
export function formatSigned(key: MetricKey, value: number, locale: string, currency: string | null): string {
  if (METRICS[key].unit === 'ratio') {
    return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(value) * 100)} pp`;
  }
  return formatMetric(key, Math.abs(value), { locale, currency });
}

/** An ISO date (YYYY-MM-DD) as a short local date, without shifting it by time zone. */
export function formatDate(isoDate: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** An ISO month (YYYY-MM) as month and year in the locale ("Oct 2025", "2025年10月"). */
export function formatMonth(isoMonth: string, locale: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`));
}

export function formatMoney(value: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}
