/** Display formatting for metric values, through Intl in the UI's locale. */
import { METRICS, type MetricKey } from './metric-defs';

export type FormatContext = { locale: string; currency: string | null };

export function formatMetric(key: MetricKey, value: number | null, ctx: FormatContext): string {
  if (value === null) return '—';
  const { unit } = METRICS[key];
  switch (unit) {
    case 'money':
      return ctx.currency
        ? new Intl.NumberFormat(ctx.locale, {
            style: 'currency',
            currency: ctx.currency,
            notation: value >= 100_000 ? 'compact' : 'standard',
            maximumFractionDigits: value >= 1000 ? 0 : 2,
          }).format(value)
        : new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2 }).format(value);
    case 'ratio':
      return new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
    case 'score':
      return new Intl.NumberFormat(ctx.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    default:
      return new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 0 }).format(value);
  }
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A distance in the metric's unit, without sign (the sentence says above/below). */
export function formatSigned(key: MetricKey, value: number, locale: string, currency: string | null): string {
  if (METRICS[key].unit === 'ratio') {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Math.abs(value) * 100)} pp`;
  }
  return formatMetric(key, Math.abs(value), { locale, currency });
}

/** An ISO date (YYYY-MM-DD) as a short local date, without shifting it by time zone. */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

export function formatMoney(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}
