/**
 * The dashboard table as CSV, the columns the seller sees (in the UI language), one row per
 * shop in the order shown. Figures are plain numbers (ratios as fractions, money in the
 * shop's currency) so a spreadsheet can sum them; an empty cell = not shown.
 */
import type { Translate } from '../i18n/core';
import { shopTitle } from '../ui/shop-title';
import { warningText } from '../ui/warning-text';
import type { DashboardRow } from './row';

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote what a spreadsheet would split or run as a formula.
  return /[",\n\r]|^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function dashboardCsv(rows: readonly DashboardRow[], t: Translate, locale: string): string {
  const head = [
    t('dashboard.col.shop'), 'shop_id', t('dashboard.col.market'), t('dashboard.col.sps'), t('dashboard.col.orders90'),
    t('metric.ahr'), t('metric.violationPoints'), t('dashboard.col.gmv'), 'currency', 'period_start', 'period_end',
    t('dashboard.col.warning'), t('dashboard.col.programs'), t('dashboard.col.lastRead'),
  ];
  const lines = rows.map((r) =>
    [
      shopTitle(r.shop, t), r.shop.shopId, r.shop.region, r.figures.sps, r.figures.ordersLast90Days, r.figures.ahr, r.figures.violationPoints,
      r.figures.gmv, r.shop.currency, r.gmvPeriod?.start, r.gmvPeriod?.end,
      r.warning ? warningText(r.warning, t, locale, r.shop.currency) : '', r.atRisk.map((p) => p.name).join('; '), r.lastRead,
    ]
      .map(cell)
      .join(','),
  );
  return [head.map(cell).join(','), ...lines].join('\r\n') + '\r\n';
}
