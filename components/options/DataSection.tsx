import { useId } from 'preact/hooks';
import type { HistoryStats } from '../../lib/history';
import type { Translate } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import { useAsync } from '../useAsync';
import { ClearData } from './ClearData';
import { ExportButtons } from './ExportButtons';
import { ImportControl } from './ImportControl';
import { NumberField } from './NumberField';
import { SampleLink } from './SampleLink';
import { Section } from './Section';
import type { PrefsApi } from './usePrefs';

const DEFAULT_MONTHS = 12;

/** e) Retention, what is stored, export, import and clear. */
export function DataSection({ prefs, update, t, locale }: PrefsApi & { t: Translate; locale: string }) {
  const id = useId();
  const stats = useAsync(() => send<HistoryStats>({ type: 'history/stats' }), []);
  const months = prefs.retentionMonths;
  return (
    <Section id="data" title={t('options.data.title')} t={t}>
      <fieldset class="choices">
        <legend>{t('options.data.retention')}</legend>
        <label class="choice">
          <input type="radio" name={`${id}-retention`} checked={months === null} onChange={() => update({ retentionMonths: null })} />
          {t('options.data.keepAll')}
        </label>
        <label class="choice">
          <input type="radio" name={`${id}-retention`} checked={months !== null} onChange={() => update({ retentionMonths: DEFAULT_MONTHS })} />
          {t('options.data.keepMonths')}
        </label>
        {months !== null && (
          <NumberField
            label={t('options.data.months')}
            t={t}
            integer
            min={1}
            max={120}
            value={months}
            onChange={(v) => v !== null && update({ retentionMonths: v })}
          />
        )}
      </fieldset>
      <div class="stats" aria-live="polite">
        {stats.status === 'loading' && <p class="muted">{t('state.loading')}</p>}
        {stats.status === 'error' && <p role="alert" class="error">{t('options.data.statsError', { error: stats.error })}</p>}
        {stats.status === 'ready' && (
          <>
            <p>{t('options.data.stats', { readings: stats.data.readings, shops: stats.data.shops })}</p>
            {stats.data.skippedInvalid > 0 && <p class="hint">{t('options.data.skipped', { count: stats.data.skippedInvalid })}</p>}
            {stats.data.lastError && <p class="hint">{t('options.data.lastError', { error: stats.data.lastError.message })}</p>}
          </>
        )}
      </div>
      <ExportButtons t={t} />
      <ImportControl t={t} locale={locale} onImported={stats.reload} />
      <ClearData t={t} onCleared={stats.reload} />
      <SampleLink t={t} />
    </Section>
  );
}
