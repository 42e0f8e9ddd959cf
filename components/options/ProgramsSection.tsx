import type { Translate } from '../../lib/i18n';
import { PROGRAMS } from '../../lib/rules/programs';
import { resolveSettings } from '../../lib/rules/settings';
import { ProgramCard } from './ProgramCard';
import { Section } from './Section';
import type { PrefsApi } from './usePrefs';
import { withoutRules } from './rules-override';

/** c) Every program of the catalog that fits the audience: switch, dates, assumptions. */
export function ProgramsSection(api: PrefsApi & { t: Translate; locale: string }) {
  const { prefs, updateRules, t, locale } = api;
  const settings = resolveSettings(prefs.rules);
  const groups = (['seller', 'partner'] as const).filter((g) => settings.audience === 'both' || settings.audience === g);
  return (
    <Section
      id="programs"
      title={t('options.programs.title')}
      intro={t('options.programs.intro')}
      t={t}
      onReset={() => updateRules((r) => withoutRules(r, [['programs'], ['assumptions']]))}
    >
      {groups.map((g) => (
        <div key={g} class="program-group">
          <h3>{t(g === 'seller' ? 'options.programs.forSellers' : 'options.programs.forPartners')}</h3>
          <ul class="program-list">
            {PROGRAMS.filter((p) => p.audience === g).map((p) => (
              <ProgramCard key={p.id} program={p} settings={settings} updateRules={updateRules} t={t} locale={locale} />
            ))}
          </ul>
        </div>
      ))}
      {!groups.includes('partner') && <p class="hint">{t('options.programs.partnerHidden')}</p>}
    </Section>
  );
}
