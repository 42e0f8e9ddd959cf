import { formatDate, formatDateTime, formatMetric, formatSigned } from '../lib/format';
import type { Translate } from '../lib/i18n';
import type { StatusCardModel } from '../lib/ui/cards';
import { Sparkline, type SparkPoint } from './Sparkline';

export type StatusCardProps = {
  card: StatusCardModel;
  series: SparkPoint[];
  currency: string | null;
  locale: string;
  t: Translate;
};

/** One metric: value, its threshold and margin, the forecast date, and its history. */
export function StatusCard({ card, series, currency, locale, t }: StatusCardProps) {
  const { metric, value, threshold, margin, eta, severity, domain } = card;
  const fmt = (v: number) => formatMetric(metric, v, { locale, currency });
  const name = t(`metric.${metric}`);
  const shown = value === null && metric === 'sps' ? t('metric.noScore') : formatMetric(metric, value, { locale, currency });
  return (
    <section class={`card ${severity ?? 'ok'}`} aria-label={name} data-metric={metric}>
      <h3>{name}</h3>
      <p class="value">{shown}</p>
      {threshold !== undefined && margin !== undefined && (
        <p class="margin">
          {margin >= 0
            ? t('card.above', { diff: formatSigned(metric, margin, locale, currency), threshold: fmt(threshold) })
            : t('card.below', { diff: formatSigned(metric, -margin, locale, currency), threshold: fmt(threshold) })}
        </p>
      )}
      {eta && <p class="eta">{t('card.eta', { date: formatDate(eta, locale) })}</p>}
      {card.period && <p class="when">{t('card.period', { start: formatDate(card.period.start, locale), end: formatDate(card.period.end, locale) })}</p>}
      {metric === 'gmv' && series.length > 1 && <p class="when">{t('card.dailyGmv')}</p>}
      <Sparkline
        points={series}
        {...(threshold !== undefined && { threshold })}
        {...(domain && { domain })}
        label={t('card.chart', { metric: name, count: series.length })}
      />
      <p class="when">{t('reading.captured', { when: formatDateTime(card.at, locale) })}</p>
    </section>
  );
}
