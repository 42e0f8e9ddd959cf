import type { ShopRecord as Shop } from '../lib/history';
import type { Translate } from '../lib/i18n';
import { shopTitle } from '../lib/ui/shop-title';


export type ShopSwitcherProps = { shops: Shop[]; selected: string; onSelect: (key: string) => void; t: Translate };

/** Picks one of many shops; a single shop is shown as a title, not a control. */
export function ShopSwitcher({ shops, selected, onSelect, t }: ShopSwitcherProps) {
  if (shops.length === 1 && shops[0]) return <h2 class="shop-title">{shopTitle(shops[0], t)}</h2>;
  return (
    <label class="shop-switcher">
      <span>{t('shop.label')}</span>
      <select value={selected} onChange={(e) => onSelect((e.currentTarget as HTMLSelectElement).value)}>
        {shops.map((shop) => (
          <option key={shop.key} value={shop.key}>
            {shopTitle(shop, t)}
          </option>
        ))}
      </select>
    </label>
  );
}
