import { useId } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { LANGUAGES, type Language } from '../../lib/prefs/schema';
import { Section } from './Section';
import type { PrefsApi } from './usePrefs';

/** Each language in its own name, so a reader finds theirs whatever the page shows now. */
const NATIVE: Record<Exclude<Language, 'auto'>, string> = {
  en: 'English',
  zh_CN: '简体中文',
  de: 'Deutsch',
  pl: 'Polski',
  uk: 'Українська',
};
const LANG_TAG: Record<Exclude<Language, 'auto'>, string> = { en: 'en', zh_CN: 'zh-CN', de: 'de', pl: 'pl', uk: 'uk' };

/** f) The UI language: the browser's, or one chosen here; the page switches at once. */
export function LanguageSection({ prefs, update, t }: PrefsApi & { t: Translate }) {
  const id = useId();
  return (
    <Section id="language" title={t('options.language.title')} t={t}>
      <div class="field">
        <label for={id}>{t('options.language.label')}</label>
        <select id={id} value={prefs.language} onChange={(e) => update({ language: e.currentTarget.value as Language })}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l === 'auto' ? undefined : LANG_TAG[l]}>
              {l === 'auto' ? t('options.language.auto') : NATIVE[l]}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}
