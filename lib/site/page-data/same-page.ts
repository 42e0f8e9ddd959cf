/**
 * Which page-data figures belong to the page on screen: those seen at the same path, and
 * for the same shop when both URLs name one. Seller Center adds `shop_region` and
 * `shop_id` to the URL after load, so a URL without them still matches one with them;
 * a shop switch or another page does not.
 */
export function isSamePage(seenAt: string, current: string): boolean {
  try {
    const a = new URL(seenAt);
    const b = new URL(current);
    const sameShop = (param: string) => {
      const [x, y] = [a.searchParams.get(param), b.searchParams.get(param)];
      return x === null || y === null || x === y;
    };
    return a.origin === b.origin && a.pathname === b.pathname && sameShop('shop_region') && sameShop('shop_id');
  } catch {
    return false;
  }
}
