import { useId } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/rules/settings';
import { NumberField } from './NumberField';
import type { PrefsApi } from './usePrefs';
import { withRule } from './rules-override';

type Props = { programId: string; settings: Settings; updateRules: PrefsApi['updateRules']; t: Translate; locale: string };

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** The editable numbers behind a program's estimate; all marked "estimate". */
export function ProgramAssumptions({ programId, settings, updateRules, t, locale }: Props) {
  const id = useId();
  const a = settings.assumptions;
  const set = (group: keyof Settings['assumptions'], key: string) => (value: number | null) =>
    updateRules((r) => withRule(r, ['assumptions', group, key], value));
  const fields = (() => {
    switch (programId) {
      case 'smart-promotion':
        return [
          <NumberField key="fee" label={t('assumption.feeRate')} t={t} estimate percent min={0} max={100} value={a['smart-promotion'].feeRate} onChange={set('smart-promotion', 'feeRate')} />,
          <NumberField key="extra" label={t('assumption.campaignExtraRate')} t={t} estimate percent min={0} max={100} value={a['smart-promotion'].campaignExtraRate} onChange={set('smart-promotion', 'campaignExtraRate')} />,
          <NumberField key="days" label={t('assumption.feeDays')} t={t} estimate integer min={1} max={365} value={a['smart-promotion'].feeDays} onChange={set('smart-promotion', 'feeDays')} />,
        ];
      case 'newstar':
        return [
          <NumberField key="new" label={t('assumption.newProducts')} t={t} estimate integer nullable min={0} max={100000} value={a.newstar.newProducts} onChange={set('newstar', 'newProducts')} hint={t('options.notEntered')} />,
          <NumberField key="cold" label={t('assumption.coldStartSuccesses')} t={t} estimate integer nullable min={0} max={100000} value={a.newstar.coldStartSuccesses} onChange={set('newstar', 'coldStartSuccesses')} hint={t('options.notEntered')} />,
        ];
      case 'tsp-q4-daily-gmv':
        return [
          <div key="month" class="field">
            <label for={`${id}-month`}>
              {t('assumption.baselineMonth')}
              <span class="tag">{t('options.estimate')}</span>
            </label>
            <select id={`${id}-month`} value={a.partner.baselineMonth} onChange={(e) => updateRules((r) => withRule(r, ['assumptions', 'partner', 'baselineMonth'], e.currentTarget.value))}>
              {MONTHS.map((m) => (
                <option key={m} value={m}>
                  {new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(2025, Number(m) - 1, 15))}
                </option>
              ))}
            </select>
          </div>,
        ];
      case 'tsp-q4-rank-up':
        return [
          <div key="ranked" class="field">
            <label for={`${id}-ranked`}>
              {t('assumption.rankedUp')}
              <span class="tag">{t('options.estimate')}</span>
            </label>
            <select
              id={`${id}-ranked`}
              value={a.partner.rankedUp === null ? '' : String(a.partner.rankedUp)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                updateRules((r) => withRule(r, ['assumptions', 'partner', 'rankedUp'], v === '' ? null : v === 'true'));
              }}
            >
              <option value="">{t('assumption.unknown')}</option>
              <option value="true">{t('assumption.yes')}</option>
              <option value="false">{t('assumption.no')}</option>
            </select>
          </div>,
        ];
      case 'tsp-q4-video-credits':
        return [
          <NumberField key="rank" label={t('assumption.userRank')} t={t} estimate integer nullable min={1} max={100000} value={a.partner.userRank} onChange={set('partner', 'userRank')} hint={t('options.notEntered')} />,
          <NumberField key="months" label={t('assumption.monthsInTop15')} t={t} estimate integer nullable min={0} max={3} value={a.partner.monthsInTop15} onChange={set('partner', 'monthsInTop15')} hint={t('options.notEntered')} />,
        ];
      case 'tsp-q4-affiliate-credits':
        return [<NumberField key="sellers" label={t('assumption.sellersServed')} t={t} estimate integer nullable min={0} max={100000} value={a.partner.sellersServed} onChange={set('partner', 'sellersServed')} hint={t('options.notEntered')} />];
      case 'tsp-q4-creator-incubation':
        return [<NumberField key="creators" label={t('assumption.creatorsSelling')} t={t} estimate integer nullable min={0} max={100000} value={a.partner.creatorsSelling} onChange={set('partner', 'creatorsSelling')} hint={t('options.notEntered')} />];
      default:
        return [];
    }
  })();
  if (fields.length === 0) return null;
  return (
    <fieldset class="assumptions">
      <legend>{t('options.programs.assumptions')}</legend>
      <div class="grid">{fields}</div>
    </fieldset>
  );
}
