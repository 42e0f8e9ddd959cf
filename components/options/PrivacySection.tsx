import type { Translate } from '../../lib/i18n';
import { Section } from './Section';

/** g) What Shop Pulse does with data, in one paragraph (PRIVACY.md has the full text). */
export function PrivacySection({ t }: { t: Translate }) {
  return (
    <Section id="privacy" title={t('options.privacy.title')} t={t}>
      <p>{t('options.privacy.body')}</p>
      <p class="hint">{t('options.privacy.more')}</p>
      <p>
        {/* PRIVACY.md is packaged next to options.html (wxt.config.ts, build:publicAssets). */}
        <a href="/PRIVACY.md" target="_blank" rel="noopener">
          {t('options.privacy.link')}
        </a>
      </p>
    </Section>
  );
}
