import { formatMoney } from '../lib/format';
import type { Translate } from '../lib/i18n/core';
import type { MetricKey, PageKind } from '../lib/metrics';
import type { ProgramResult } from '../lib/rules';
import { formatParams, metricOfCode } from '../lib/ui/params';
import { SourceCitation } from './SourceCitation';

const STATUS_ORDER = { 'at-risk': 0, eligible: 1, ineligible: 2, unknown: 3 } as const;

/** "Not read yet: open the page" would be wrong when the page was open and read in part: say that instead. */
const MISSED_REASONS: Record<string, { metric: MetricKey; key: 'reason.sps-missed' | 'reason.orders90-missed' }> = {
  'sps-not-read': { metric: 'sps', key: 'reason.sps-missed' },
  'orders90-not-read': { metric: 'ordersLast90Days', key: 'reason.orders90-missed' },
};

function reasonText(p: ProgramResult, i: number, t: Translate, locale: string, currency: string | null, missed: readonly MissedReport[]): string {
  const detail = p.details?.[i];
  const instead = detail && MISSED_REASONS[detail.code];
  const report = instead && missed.find((r) => r.missing.includes(instead.metric));
  if (instead && report) return t(instead.key, { page: t(`page.${report.page}`) });
  const key = detail ? `reason.${detail.code}` : '';
  if (!detail || !t.has(key)) return p.reasons[i] ?? '';
  return t(key, formatParams(detail.params, { locale, currency, metric: metricOfCode(detail.code) }));
}

/** The estimate's basis in the UI language when its code has a sentence; the rules' English otherwise. */
function basisText(e: NonNullable<ProgramResult['estimate']>, t: Translate, locale: string): string {
  const key = e.basisDetail ? `basis.${e.basisDetail.code}` : '';
  if (!e.basisDetail || !t.has(key)) return e.basis;
  return t(key, formatParams(e.basisDetail.params, { locale, currency: e.currency }));
}

export type ProgramListProps = {
  programs: ProgramResult[];
  t: Translate;
  locale: string;
  currency: string | null;
  onEditAssumptions?: () => void;
  /** Pages of this shop that showed a metric Shop Pulse did not read. */
  missed?: readonly MissedReport[];
};

type MissedReport = { page: PageKind; missing: readonly MetricKey[] };

/** Programs with their status, reasons, estimated range and source. */
export function ProgramList({ programs, t, locale, currency, onEditAssumptions, missed = [] }: ProgramListProps) {
  const shown = programs.filter((p) => p.applicable !== false).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  if (shown.length === 0) return <p class="muted">{t('programs.none')}</p>;
  return (
    <ul class="programs" aria-label={t('programs.title')}>
      {shown.map((p) => (
        <li key={p.id} class={`program ${p.status}`} data-program={p.id}>
          <div class="program-head">
            <strong>{p.name ?? p.id}</strong>
            <span class={`pill ${p.status}`}>{t(`status.${p.status}`)}</span>
          </div>
          <ul class="reasons">
            {p.reasons.map((_, i) => (
              <li key={i}>{reasonText(p, i, t, locale, currency, missed)}</li>
            ))}
          </ul>
          {p.estimate && (
            <p class="estimate">
              {p.estimate.low === p.estimate.high
                ? formatMoney(p.estimate.low, p.estimate.currency, locale)
                : `${formatMoney(p.estimate.low, p.estimate.currency, locale)} – ${formatMoney(p.estimate.high, p.estimate.currency, locale)}`}{' '}
              <span class="tag">{p.estimate.basisDetail?.code === 'fee-on-gmv' ? t('programs.fee') : t('programs.estimate')}</span>
              <br />
              <span class="basis">{basisText(p.estimate, t, locale)}</span>
            </p>
          )}
          <p class="source">
            {t('programs.source')}{' '}
            {p.source && <SourceCitation source={p.source} locale={locale} />}
            {p.assumptions && p.assumptions.length > 0 && onEditAssumptions && (
              <>
                {' · '}
                <button type="button" class="link" onClick={onEditAssumptions}>
                  {t('programs.editAssumptions')}
                </button>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
