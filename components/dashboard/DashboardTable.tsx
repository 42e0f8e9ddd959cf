import type { DashboardRow } from '../../lib/dashboard/row';
import { formatDate, formatDateTime, formatMetric } from '../../lib/format';
import type { Translate } from '../../lib/i18n';
import { shopTitle } from '../../lib/ui/shop-title';
import { warningText } from '../../lib/ui/warning-text';

export type DashboardTableProps = {
  rows: DashboardRow[];
  /** How many rows the filters let through (all drawn a frame after the first ones). */
  shown: number;
  total: number;
  t: Translate;
  locale: string;
  onOpen: (shopKey: string) => void;
};

/** Programs named in a cell before "+N more". */
const PROGRAMS_SHOWN = 2;

function health(r: DashboardRow, t: Translate, locale: string): string {
  const { ahr, violationPoints } = r.figures;
  const fmt = (v: number | null) => formatMetric('ahr', v, { locale, currency: null });
  if (ahr !== undefined) return t('dashboard.health.ahr', { value: fmt(ahr) });
  if (violationPoints !== undefined) return t('dashboard.health.points', { value: fmt(violationPoints) });
  return '';
}

/** One row per shop, worst first; the shop's name is the button that opens its view. */
export function DashboardTable({ rows, shown, total, t, locale, onOpen }: DashboardTableProps) {
  const fig = (r: DashboardRow, key: 'sps' | 'ordersLast90Days' | 'gmv') => {
    const v = r.figures[key];
    if (v === undefined) return '';
    if (key === 'sps' && v === null) return t('metric.noScore');
    return formatMetric(key, v, { locale, currency: r.shop.currency });
  };
  return (
    <table class="shops">
      <caption>{t('dashboard.caption', { count: shown === total ? total : `${shown} / ${total}` })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.col.shop')}</th>
          <th scope="col">{t('dashboard.col.market')}</th>
          <th scope="col" class="num">{t('dashboard.col.sps')}</th>
          <th scope="col" class="num">{t('dashboard.col.orders90')}</th>
          <th scope="col" class="num">{t('dashboard.col.health')}</th>
          <th scope="col" class="num">{t('dashboard.col.gmv')}</th>
          <th scope="col">{t('dashboard.col.warning')}</th>
          <th scope="col">{t('dashboard.col.programs')}</th>
          <th scope="col">{t('dashboard.col.lastRead')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const title = shopTitle(r.shop, t);
          return (
            <tr key={r.shop.key} class={`sev-${r.worst}`} data-shop={r.shop.key}>
              <th scope="row">
                <button type="button" class="link" onClick={() => onOpen(r.shop.key)} aria-label={t('dashboard.openShop', { shop: title })}>
                  {title}
                </button>
              </th>
              <td>{r.shop.region ?? ''}</td>
              <td class="num" data-metric="sps">{fig(r, 'sps')}</td>
              <td class="num" data-metric="ordersLast90Days">{fig(r, 'ordersLast90Days')}</td>
              <td class="num" data-metric="health">{health(r, t, locale)}</td>
              <td class="num" data-metric="gmv">
                {fig(r, 'gmv')}
                {r.gmvPeriod && r.figures.gmv !== undefined && (
                  <span class="muted block">{t('card.period', { start: formatDate(r.gmvPeriod.start, locale), end: formatDate(r.gmvPeriod.end, locale) })}</span>
                )}
              </td>
              <td class="warn">
                {r.warning ? (
                  <span class={`sev sev-${r.warning.severity}`}>
                    <strong>{t(`severity.${r.warning.severity}`)}</strong> {warningText(r.warning, t, locale, r.shop.currency)}
                  </span>
                ) : (
                  <span class="muted">{t('dashboard.noWarning')}</span>
                )}
              </td>
              <td class="risk">
                {r.atRisk.slice(0, PROGRAMS_SHOWN).map((p) => (
                  <span key={p.id} class={`pill ${p.status}`}>
                    {p.name}
                  </span>
                ))}
                {r.atRisk.length > PROGRAMS_SHOWN && <span class="muted"> {t('dashboard.more', { count: r.atRisk.length - PROGRAMS_SHOWN })}</span>}
              </td>
              <td class="when">{formatDateTime(r.lastRead, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
