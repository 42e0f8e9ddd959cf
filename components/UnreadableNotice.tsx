import { formatDateTime } from '../lib/format';
import type { Translate } from '../lib/i18n';
import type { MetricKey, PageKind } from '../lib/metrics';

export type UnreadableReport = { page: PageKind; path: string; missing: MetricKey[]; at: string };

/** "Could not read this page", with what was missing, so the user knows why numbers are old. */
export function UnreadableNotice({ report, t, locale }: { report: UnreadableReport; t: Translate; locale: string }) {
  return (
    <section class="unreadable" role="status">
      <h3>{t('unreadable.title')}</h3>
      <p>
        {t('unreadable.body', {
          page: t(`page.${report.page}`),
          when: formatDateTime(report.at, locale),
          missing: report.missing.map((m) => t(`metric.${m}`)).join(', ') || '—',
        })}
      </p>
    </section>
  );
}
