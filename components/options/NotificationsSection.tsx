import { useId } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import { DEFAULT_PREFS, type Prefs } from '../../lib/prefs/schema';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { Toggle } from './Toggle';
import type { PrefsApi } from './usePrefs';

export const WARNING_CODES = [
  'sps-near-threshold',
  'sps-below-threshold',
  'sps-no-score',
  'sps-trending-down',
  'orders90-near-threshold',
  'orders90-below-threshold',
  'orders90-running-out',
  'ahr-near-milestone',
  'ahr-below-milestone',
  'ahr-trending-down',
  'channel-concentration',
] as const;

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourText = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** d) Notifications: on/off, per warning code, quiet hours, cooldown. */
export function NotificationsSection({ prefs, update, t }: PrefsApi & { t: Translate }) {
  const id = useId();
  const n = prefs.notifications;
  const set = (change: Partial<Prefs['notifications']> | ((n: Prefs['notifications']) => Partial<Prefs['notifications']>)) =>
    update((p) => ({ notifications: { ...p.notifications, ...(typeof change === 'function' ? change(p.notifications) : change) } }));
  const quiet = n.quietHours;
  const hourSelect = (which: 'start' | 'end', label: string) => (
    <div class="field inline">
      <label for={`${id}-${which}`}>{label}</label>
      <select
        id={`${id}-${which}`}
        value={quiet ? String(quiet[which]) : ''}
        disabled={!quiet || !n.enabled}
        onChange={(e) => {
          const hour = Number(e.currentTarget.value);
          set((now) => (now.quietHours ? { quietHours: { ...now.quietHours, [which]: hour } } : {}));
        }}
      >
        {HOURS.map((h) => (
          <option key={h} value={String(h)}>
            {hourText(h)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Section
      id="notifications"
      title={t('options.notifications.title')}
      intro={t('options.notifications.intro')}
      t={t}
      onReset={() => update({ notifications: DEFAULT_PREFS.notifications })}
    >
      <Toggle label={t('options.notifications.enabled')} checked={n.enabled} onChange={(enabled) => set({ enabled })} />
      <fieldset class="codes" disabled={!n.enabled}>
        <legend>{t('options.notifications.codes')}</legend>
        {WARNING_CODES.map((code) => (
          <Toggle
            key={code}
            label={t(`code.${code}`)}
            checked={n.codes[code] ?? true}
            onChange={(on) => set((now) => ({ codes: { ...now.codes, [code]: on } }))}
          />
        ))}
      </fieldset>
      <fieldset class="quiet" disabled={!n.enabled}>
        <legend>{t('options.notifications.quiet')}</legend>
        <Toggle
          label={t('options.notifications.quietEnabled')}
          checked={quiet !== null}
          onChange={(on) => set({ quietHours: on ? (DEFAULT_PREFS.notifications.quietHours ?? { start: 22, end: 7 }) : null })}
        />
        <div class="row">
          {hourSelect('start', t('options.notifications.quietFrom'))}
          {hourSelect('end', t('options.notifications.quietTo'))}
        </div>
      </fieldset>
      <NumberField
        label={t('options.notifications.cooldown')}
        t={t}
        integer
        min={1}
        max={336}
        value={n.cooldownHours}
        onChange={(v) => v !== null && set({ cooldownHours: v })}
        hint={t('options.default', { value: DEFAULT_PREFS.notifications.cooldownHours })}
      />
    </Section>
  );
}
