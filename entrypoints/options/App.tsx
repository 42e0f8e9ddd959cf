import { useEffect } from 'preact/hooks';
import { AudienceSection } from '../../components/options/AudienceSection';
import { DataSection } from '../../components/options/DataSection';
import { LanguageSection } from '../../components/options/LanguageSection';
import { NotificationsSection } from '../../components/options/NotificationsSection';
import { PageDataChecks } from '../../components/options/PageDataChecks';
import { PrivacySection } from '../../components/options/PrivacySection';
import { ProgramsSection } from '../../components/options/ProgramsSection';
import { SaveStatus } from '../../components/options/SaveStatus';
import { ThresholdsSection } from '../../components/options/ThresholdsSection';
import { usePrefs } from '../../components/options/usePrefs';
import { uiLocale } from '../../lib/platform/locale';

export type OptionsProps = {
  /** Pause after the last change before saving (ms). */
  saveDelayMs?: number;
};

/** The options page: every setting, saved shortly after each change, in the chosen language. */
export function App({ saveDelayMs = 300 }: OptionsProps) {
  const { load, save, update, updateRules, retrySave, reload } = usePrefs(saveDelayMs);
  const { t, intl } = uiLocale(load.status === 'ready' ? load.prefs.language : 'auto');

  useEffect(() => {
    document.documentElement.lang = intl;
    document.title = t('options.title');
  }, [intl]);

  const header = (
    <header class="bar">
      <h1>{t('options.title')}</h1>
      <a href="/dashboard.html" target="_blank" rel="noreferrer" title={t('dashboard.openHint')}>
        {t('dashboard.open')}
      </a>
      {load.status === 'ready' && <SaveStatus state={save} t={t} onRetry={() => void retrySave()} />}
    </header>
  );
  if (load.status === 'loading') {
    return (
      <>
        {header}
        <main>
          <p role="status">{t('state.loading')}</p>
        </main>
      </>
    );
  }
  if (load.status === 'error') {
    return (
      <>
        {header}
        <main>
          <p role="alert" class="error">
            {t('options.loadError', { error: load.error })}
          </p>
          <button type="button" class="primary" onClick={reload}>
            {t('options.retry')}
          </button>
        </main>
      </>
    );
  }
  const api = { prefs: load.prefs, update, updateRules, t };
  return (
    <>
      {header}
      <main>
        <AudienceSection {...api} />
        <ThresholdsSection {...api} />
        <ProgramsSection {...api} locale={intl} />
        <NotificationsSection {...api} />
        <DataSection {...api} locale={intl} />
        <PageDataChecks t={t} locale={intl} />
        <LanguageSection {...api} />
        <PrivacySection t={t} />
      </main>
    </>
  );
}
