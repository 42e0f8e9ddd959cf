import type { Translate } from '../../lib/i18n';
import { resolveSettings, type Settings } from '../../lib/rules/settings';
import { Section } from './Section';
import type { PrefsApi } from './usePrefs';
import { withRule, withoutRules } from './rules-override';

const AUDIENCES: ReadonlyArray<Settings['audience']> = ['seller', 'partner', 'both'];

/** a) Seller, partner or both: decides which programs are shown. */
export function AudienceSection({ prefs, updateRules, t }: PrefsApi & { t: Translate }) {
  const audience = resolveSettings(prefs.rules).audience;
  return (
    <Section id="audience" title={t('options.audience.title')} t={t} onReset={() => updateRules((r) => withoutRules(r, [['audience']]))}>
      <fieldset class="choices">
        <legend>{t('options.audience.intro')}</legend>
        {AUDIENCES.map((a) => (
          <label key={a} class="choice">
            <input type="radio" name="audience" value={a} checked={audience === a} onChange={() => updateRules((r) => withRule(r, ['audience'], a))} />
            {t(`options.audience.${a}`)}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
