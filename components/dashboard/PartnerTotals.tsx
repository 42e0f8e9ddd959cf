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
        <div>
          <dt>{t('dashboard.totals.dailyGmv')}</dt>
          <dd>
            {totals.dailyGmv.length === 0 ? (
              <span class="muted">{t('dashboard.totals.none')}</span>
            ) : (
              <ul>
                {totals.dailyGmv.map((g) => (
                  <li key={g.currency} data-currency={g.currency}>
                    {t('dashboard.totals.dailyGmvItem', { amount: formatMoney(g.perDay, g.currency, locale), count: g.shops })}
                  </li>
                ))}
              </ul>
            )}
            <p class="basis">{t('dashboard.totals.dailyGmvBasis')}</p>
          </dd>
        </div>
      </dl>
    </section>
  );
}
