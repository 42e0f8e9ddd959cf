import type { SampleTranslate } from '../../lib/i18n/sample';

export type SellerTab = { id: number; title: string; url: string };

/** Opened without a tab (from options): which open Seller Center page to copy. */
export function TabPicker({ tabs, onPick, t }: { tabs: readonly SellerTab[]; onPick: (id: number) => void; t: SampleTranslate }) {
  if (tabs.length === 0) return <p role="status" class="empty">{t('sample.noTabs')}</p>;
  return (
    <section aria-labelledby="h-pick">
      <h2 id="h-pick">{t('sample.pick')}</h2>
      <ul class="tabs">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <span class="tab-title">{tab.title || new URL(tab.url).pathname}</span>
            <span class="muted">{new URL(tab.url).pathname}</span>
            <button type="button" onClick={() => onPick(tab.id)}>
              {t('sample.take')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
