import { formatMetric } from '../lib/format';
import type { Translate } from '../lib/i18n';
import type { MetricKey } from '../lib/metrics';
import type { OverlayStatus } from '../lib/worker/status';
import { WarningList } from './WarningList';

const HEADLINE: MetricKey[] = ['sps', 'ordersLast90Days', 'ahr', 'violationPoints'];

export type OverlayProps = {
  status: OverlayStatus;
  collapsed: boolean;
  onToggle: () => void;
  t: Translate;
  locale: string;
};

/** The on-page status: one line (headline numbers, how many things need the user), expandable to the warnings. */
export function Overlay({ status, collapsed, onToggle, t, locale }: OverlayProps) {
  const headline = HEADLINE.flatMap((metric) => {
    const latest = status.latest[metric];
    if (!latest) return [];
    const value = latest.value === null && metric === 'sps' ? t('metric.noScore') : formatMetric(metric, latest.value, { locale, currency: status.currency });
    return [`${t(`metric.${metric}`)} ${value}`];
  });
  const count = status.warnings.filter((w) => w.severity !== 'info').length;
  return (
    <aside class={`panel sev-${status.worst}`} aria-label={t('overlay.label')}>
      <button type="button" class="line" aria-expanded={!collapsed} onClick={onToggle} title={collapsed ? t('overlay.expand') : t('overlay.collapse')}>
        <span class="dot" aria-hidden="true" />
        <strong>{t('app.name')}</strong>
        {!collapsed && <span class="headline">{headline.join(' · ')}</span>}
        <span class="count">{count > 0 ? t('overlay.warnings', { count }) : t('overlay.allClear')}</span>
      </button>
      {!collapsed && status.warnings.length > 0 && (
        <div class="details">
          <WarningList warnings={status.warnings} t={t} locale={locale} currency={status.currency} />
        </div>
      )}
    </aside>
  );
}
