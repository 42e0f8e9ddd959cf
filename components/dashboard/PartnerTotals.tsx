import type { PartnerTotals as Totals } from '../../lib/dashboard/totals';
import { formatMoney } from '../../lib/format';
import type { Translate } from '../../lib/i18n';

/** The portfolio figures the partner programs measure, each with how it was counted. */
export function PartnerTotals({ totals, t, locale }: { totals: Totals; t: Translate; locale: string }) {
  return (
    <section class="totals" aria-labelledby="h-totals">
      <h2 id="h-totals">{t('dashboard.totals.title')}</h2>
      <dl>
        <div>
          <dt>{t('dashboard.totals.shops', { count: totals.sellers })}</dt>
          <dd class="basis">{t('dashboard.totals.shopsBasis')}</dd>
        </div>
        {totals.dailyGmv.length === 0 && (
          <div>
            <dt class="muted">{t('dashboard.totals.none')}</dt>
          </div>
        )}
        {totals.dailyGmv.map((g) => (
          <div key={g.currency} data-currency={g.currency}>
            <dt>{t('dashboard.totals.dailyGmv', { currency: g.currency, amount: formatMoney(g.perDay, g.currency, locale) })}</dt>
            <dd class="basis">{t('dashboard.totals.dailyGmvBasis', { count: g.shops })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
