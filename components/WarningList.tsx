import { formatDate } from '../lib/format';
import type { Translate } from '../lib/i18n';
import type { Warning } from '../lib/rules';
import { sortWarnings } from '../lib/ui/cards';
import { adviceText, warningMentionsEta, warningText } from '../lib/ui/warning-text';

export type WarningListProps = { warnings: Warning[]; t: Translate; locale: string; currency: string | null };

/** Warnings first, most severe on top; each with its advice. */
export function WarningList({ warnings, t, locale, currency }: WarningListProps) {
  if (warnings.length === 0) return <p class="all-clear">{t('warnings.none')}</p>;
  return (
    <ul class="warnings" aria-label={t('warnings.title')}>
      {sortWarnings(warnings).map((w) => (
        <li key={w.code} class={`warning ${w.severity}`} data-code={w.code}>
          <strong>{t(`severity.${w.severity}`)}</strong> {warningText(w, t, locale, currency)}
          {w.eta && !warningMentionsEta(w.code, t) && <span class="eta"> {t('card.eta', { date: formatDate(w.eta, locale) })}</span>}
          {w.advice && <p class="advice">{adviceText(w, t)}</p>}
        </li>
      ))}
    </ul>
  );
}
