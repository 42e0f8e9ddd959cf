import { formatDateTime } from '../lib/format';
import type { Translate } from '../lib/i18n';
import type { MetricKey, PageKind } from '../lib/metrics';
import type { SampleSection } from '../lib/sample/page-url';

export type UnreadableReport = { page: PageKind; path: string; missing: MetricKey[]; at: string };

export type UnreadableNoticeProps = {
  report: UnreadableReport;
  t: Translate;
  locale: string;
  /** The report is about the page in the active tab: say "this page", offer its sample. */
  here?: boolean;
  /** Opens the page-sample page for the active tab. */
  onOpen?: (section: SampleSection) => void;
  /** Offer "Enter by hand" here (where no manual-entry form is shown next to the notice). */
  canEnter?: boolean;
};

/**
 * "Could not read this page", with what was missed, so the seller knows why numbers are
 * old. On the page itself it says what the page shows that was not read, and offers a
 * page sample — never "open the page" to someone who is on it.
 */
export function UnreadableNotice({ report, t, locale, here = false, onOpen, canEnter = false }: UnreadableNoticeProps) {
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(report.missing.map((m) => t(`metric.${m}`)));
  return (
    <section class="unreadable" role="status" data-here={here || undefined}>
      <h3>{t('unreadable.title')}</h3>
      <p>
        {here && report.missing.length > 0
          ? t(report.missing.length > 1 ? 'missed.many' : 'missed.one', { metrics: names })
          : t('unreadable.body', { page: t(`page.${report.page}`), when: formatDateTime(report.at, locale), missing: names || '—' })}
      </p>
      {here && onOpen && (
        <p class="actions">
          {canEnter && (
            <button type="button" onClick={() => onOpen('manual')}>
              {t('missed.enter')}
            </button>
          )}
          <button type="button" onClick={() => onOpen('sample')}>
            {t('missed.sample')}
          </button>
        </p>
      )}
    </section>
  );
}
