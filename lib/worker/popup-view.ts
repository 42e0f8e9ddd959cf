/**
 * What the popup shows when it opens, in one round trip: the shops, the "could not read"
 * reports, and the status of the shop it shows first. Asked for separately, the status
 * waited for the list (one more message, and a frame for the popup to render between).
 */
import type { History, ShopRecord } from '../history';
import type { Prefs } from '../prefs/schema';
import type { KeyValue } from './kv';
import { statusOf, type ShopList, type ShopStatus } from './status';
import { listUnreadable } from './unreadable';

export type PopupView = ShopList & {
  /** The status of the shop shown first; null only when there is no shop. */
  status: ShopStatus | null;
};

/** The shop of the active Seller Center tab when the history knows it, else the one seen most recently. */
export function firstShop(shops: ShopRecord[], preferredShopKey: string | null): ShopRecord | undefined {
  return shops.find((s) => s.key === preferredShopKey) ?? shops[0];
}

/** `prefs` may still be loading: it is needed only once the shop is known, so the reads overlap. */
export async function popupView(history: History, kv: KeyValue, preferredShopKey: string | null, prefs: Promise<Prefs>, now: string): Promise<PopupView> {
  const [shops, unreadable, settings] = await Promise.all([history.shops(), listUnreadable(kv), prefs]);
  const shop = firstShop(shops, preferredShopKey);
  return { shops, unreadable, status: shop ? await statusOf(history, shop, unreadable, settings, now, shops.length) : null };
}
