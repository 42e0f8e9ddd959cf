import type { Translate } from '../lib/i18n';

/** Where the demo's Shop Performance page lives (served by `npm run demo`, see scripts/lib/demo-site.mjs). */
const DEMO_URL = 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=7495012345678901234';

/** What a fresh install shows: where to go to get the first reading (and, in development builds, the demo). */
export function EmptyState({ t, dev = import.meta.env.DEV }: { t: Translate; dev?: boolean }) {
  return (
    <section class="empty" role="status">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      {dev && (
        <p class="muted">
          <a href={DEMO_URL} target="_blank" rel="noreferrer">
            {t('empty.demo')}
          </a>
        </p>
      )}
    </section>
  );
}
