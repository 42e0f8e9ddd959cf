import { useId, useState } from 'preact/hooks';
import { isMessageKey, type Translate } from '../../lib/i18n';
import { formatDate } from '../../lib/format';
import { nextRun } from '../../lib/rules/editions';
import type { Program } from '../../lib/rules/programs';
import type { Settings } from '../../lib/rules/settings';
import { sourceLabel } from '../../lib/rules/sources';
import { SourceCitation } from '../SourceCitation';
import { ProgramAssumptions } from './ProgramAssumptions';
import { Toggle } from './Toggle';
import type { PrefsApi } from './usePrefs';
import { withRule } from './rules-override';

export type ProgramCardProps = {
  program: Program;
  settings: Settings;
  updateRules: PrefsApi['updateRules'];
  t: Translate;
  locale: string;
  /** ISO date of today (the page passes the clock in; tests pass a fixed day). */
  today?: string;
};

/** One program: name, summary, source, on/off, dates (catalog dates unless changed) and assumptions. */
export function ProgramCard({ program: p, settings, updateRules, t, locale, today = new Date().toISOString().slice(0, 10) }: ProgramCardProps) {
  const id = useId();
  const own = settings.programs[p.id];
  const enabled = own?.enabled ?? true;
  const start = own?.start ?? p.start;
  const end = own?.end !== undefined ? own.end : p.end;
  const [datesError, setDatesError] = useState(false);
  const summaryKey = `programSummary.${p.id}`;
  // An ended run is shown as such; running again is the user's word (or a page's), never assumed.
  const next = nextRun({ start, end }, today);
  const useNext = (run: { start: string; end: string }) =>
    updateRules((r) => withRule(withRule(r, ['programs', p.id, 'start'], run.start), ['programs', p.id, 'end'], run.end));

  const setDate = (which: 'start' | 'end', raw: string) => {
    const next = { start: which === 'start' ? raw || p.start : start, end: which === 'end' ? raw || null : end };
    if (next.end !== null && next.end < next.start) return setDatesError(true);
    setDatesError(false);
    // An empty start goes back to the catalog date; an empty end means "no end date".
    const value = which === 'start' ? raw || undefined : raw || null;
    updateRules((r) => withRule(r, ['programs', p.id, which], value));
  };

  return (
    <li class="program-card" aria-labelledby={`${id}-name`}>
      <h4 id={`${id}-name`}>{p.name}</h4>
      <p>{isMessageKey(summaryKey) ? t(summaryKey) : p.summary}</p>
      <p class="hint">
        {t('programs.source')} <SourceCitation source={{ ...p.source, label: sourceLabel(p.source) }} locale={locale} />
      </p>
      <Toggle
        label={t('options.programs.enabled', { name: p.name })}
        checked={enabled}
        onChange={(on) => updateRules((r) => withRule(r, ['programs', p.id, 'enabled'], on))}
      />
      <div class="dates">
        <div class="field">
          <label for={`${id}-start`}>
            {t('options.programs.start')}
            {p.datesEstimated && <span class="tag">{t('options.estimate')}</span>}
          </label>
          <input id={`${id}-start`} type="date" value={start} onChange={(e) => setDate('start', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-end`}>{t('options.programs.end')}</label>
          <input
            id={`${id}-end`}
            type="date"
            value={end ?? ''}
            aria-describedby={`${id}-end-hint`}
            onChange={(e) => setDate('end', e.currentTarget.value)}
          />
          <p class="hint" id={`${id}-end-hint`}>
            {t('options.programs.endHint')}
          </p>
        </div>
      </div>
      {next && end && (
        <p class="hint next-run">
          {t('options.programs.lastRan', { start: formatDate(start, locale), end: formatDate(end, locale) })}{' '}
          <button type="button" onClick={() => useNext(next)}>
            {t('options.programs.useNextRun', { start: formatDate(next.start, locale), end: formatDate(next.end, locale) })}
          </button>
        </p>
      )}
      {datesError && (
        <p class="field-error" role="alert">
          {t('options.programs.datesInvalid')}
        </p>
      )}
      <ProgramAssumptions programId={p.id} settings={settings} updateRules={updateRules} t={t} locale={locale} />
    </li>
  );
}
