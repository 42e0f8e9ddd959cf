import type { Translate } from '../../lib/i18n';
import { DEFAULT_SETTINGS, resolveSettings } from '../../lib/rules/settings';
import { NumberField } from './NumberField';
import { Section } from './Section';
import type { PrefsApi } from './usePrefs';
import { withRule, withoutRules } from './rules-override';

const PATHS = [
  ['margins', 'sps'],
  ['margins', 'orders90'],
  ['margins', 'ahr'],
  ['channel', 'productCardShareMax'],
  ['channel', 'videoCvMax'],
] as const;

/** b) How close to a limit counts as "near", and the channel-health limits. */
export function ThresholdsSection({ prefs, updateRules, t }: PrefsApi & { t: Translate }) {
  const s = resolveSettings(prefs.rules);
  const d = DEFAULT_SETTINGS;
  const set = (path: readonly string[]) => (value: number | null) => updateRules((r) => withRule(r, path, value ?? undefined));
  const def = (v: string | number) => t('options.default', { value: v });
  return (
    <Section
      id="thresholds"
      title={t('options.thresholds.title')}
      intro={t('options.thresholds.intro')}
      t={t}
      onReset={() => updateRules((r) => withoutRules(r, PATHS))}
    >
      <div class="grid">
        <NumberField label={t('options.margins.sps')} t={t} value={s.margins.sps} min={0} max={5} onChange={set(PATHS[0])} hint={def(d.margins.sps)} />
        <NumberField label={t('options.margins.orders90')} t={t} value={s.margins.orders90} min={0} max={10000} integer onChange={set(PATHS[1])} hint={def(d.margins.orders90)} />
        <NumberField label={t('options.margins.ahr')} t={t} value={s.margins.ahr} min={0} max={1000} onChange={set(PATHS[2])} hint={def(d.margins.ahr)} />
        <NumberField
          label={t('options.channel.productCardShareMax')}
          t={t}
          value={s.channel.productCardShareMax}
          percent
          min={0}
          max={100}
          onChange={set(PATHS[3])}
          hint={def(`${d.channel.productCardShareMax * 100}%`)}
        />
        <NumberField
          label={t('options.channel.videoCvMax')}
          t={t}
          value={s.channel.videoCvMax}
          min={0}
          max={10}
          onChange={set(PATHS[4])}
          hint={`${t('options.channel.videoCvHint')} ${def(d.channel.videoCvMax)}`}
        />
      </div>
    </Section>
  );
}
