import { formatDateTime, formatMetric } from '../lib/format';
import type { MetricKey } from '../lib/metrics';
import type { Translate } from '../lib/i18n';

export type MetricCardProps = {
  metric: MetricKey;
  value: number | null;
  at: string;
  currency: string | null;
  locale: string;
  t: Translate;
};

/** One metric's latest value, with when it was read. */
export function MetricCard({ metric, value, at, currency, locale, t }: MetricCardProps) {
  const shown = value === null && metric === 'sps' ? t('metric.noScore') : formatMetric(metric, value, { locale, currency });
  return (
    <section class="card" aria-label={t(`metric.${metric}`)} data-metric={metric}>
      <h3>{t(`metric.${metric}`)}</h3>
      <p class="value">{shown}</p>
      <p class="when">{t('reading.captured', { when: formatDateTime(at, locale) })}</p>
    </section>
  );
}
