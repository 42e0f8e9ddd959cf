import type { Translate } from '../../lib/i18n';
import { formatDateTime, formatMetric } from '../../lib/format';
import { send } from '../../lib/messaging/client';
import type { PageDataCheck } from '../../lib/worker/page-data-checks';
import { useAsync } from '../useAsync';
import { Section } from './Section';

/**
 * Where the labels and the page's own data disagreed (issue 13). The page's data was saved;
 * the table says what the labels showed instead, so a misread label can be reported.
 */
export function PageDataChecks({ t, locale }: { t: Translate; locale: string }) {
  const checks = useAsync(() => send<PageDataCheck[]>({ type: 'page-data/checks' }), []);
  const fmt = (c: PageDataCheck, v: number | null) => formatMetric(c.metric, v, { locale, currency: null });
  return (
    <Section id="page-data" title={t('options.pageData.title')} intro={t('options.pageData.intro')} t={t}>
      <div aria-live="polite">
        {checks.status === 'loading' && <p class="muted">{t('state.loading')}</p>}
        {checks.status === 'error' && <p role="alert" class="error">{t('options.pageData.error', { error: checks.error })}</p>}
        {checks.status === 'ready' && checks.data.length === 0 && <p>{t('options.pageData.empty')}</p>}
      </div>
      {checks.status === 'ready' && checks.data.length > 0 && (
        <table class="checks">
          <thead>
            <tr>
              <th scope="col">{t('options.pageData.when')}</th>
              <th scope="col">{t('options.pageData.where')}</th>
              <th scope="col">{t('options.pageData.metric')}</th>
              <th scope="col">{t('options.pageData.label')}</th>
              <th scope="col">{t('options.pageData.data')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.data.map((c) => (
              <tr key={`${c.shopKey} ${c.page} ${c.metric}`} data-metric={c.metric}>
                <td>{formatDateTime(c.at, locale)}</td>
                <td>
                  {c.shopKey} <span class="muted">{c.path}</span>
                </td>
                <td>{t(`metric.${c.metric}`)}</td>
                <td>{fmt(c, c.label)}</td>
                <td>{fmt(c, c.data)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
