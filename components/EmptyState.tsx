import type { Translate } from '../lib/i18n';

/** What a fresh install shows: where to go to get the first reading. */
export function EmptyState({ t }: { t: Translate }) {
  return (
    <section class="empty" role="status">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
    </section>
  );
}
