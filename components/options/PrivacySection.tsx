import type { Translate } from '../../lib/i18n';
import { Section } from './Section';

/** g) What Shop Pulse does with data, in one paragraph (PRIVACY.md has the full text). */
export function PrivacySection({ t }: { t: Translate }) {
  return (
    <Section id="privacy" title={t('options.privacy.title')} t={t}>
      <p>{t('options.privacy.body')}</p>
      <p class="hint">{t('options.privacy.more')}</p>
    </Section>
  );
}
