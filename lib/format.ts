/** Display formatting for metric values, through Intl in the UI's locale. */
import { METRICS, type MetricKey } from './metrics';

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
