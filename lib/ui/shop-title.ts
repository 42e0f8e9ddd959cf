/** How a shop is named in the UI when Seller Center did not show its name. */
import type { ShopRecord as Shop } from '../history';
import type { Translate } from '../i18n';

export function shopTitle(shop: Pick<Shop, 'name' | 'shopId' | 'region'>, t: Translate): string {
  if (shop.name) return shop.name;
  if (shop.shopId) return `${t('shop.unnamed', { id: shop.shopId })}${shop.region ? ` · ${shop.region}` : ''}`;
  return t('shop.noId', { region: shop.region ?? '?' });
}
