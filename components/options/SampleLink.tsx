import type { Translate } from '../../lib/i18n';
import { samplePagePath } from '../../lib/sample/page-url';

/** "When a page is not read": the way to the page-sample page (it lists the open Seller Center tabs). */
export function SampleLink({ t }: { t: Translate }) {
  return (
    <div class="sample-link">
      <h3>{t('options.data.sampleTitle')}</h3>
      <p class="hint">{t('options.data.sampleHint')}</p>
      <a href={samplePagePath(null)} target="_blank" rel="noopener">
        {t('options.data.sampleLink')}
      </a>
    </div>
  );
}
