/**
 * A list page's shop rows → one reading per shop (page kind `partner`, same dedupe and history
 * as a shop's own pages), so a shop's history joins whether its figures came from its Seller
 * Center or from the partner's list. A row without a shop id joins the known shop of the same
 * name and market; a shop seen only on lists without an id is kept under its name.
 */
import { shopKeyOf, type History, type NewReading, type ShopRecord, type ShopRef } from '../history';
import type { CapturedReading, ShopRowReading } from '../messaging/protocol';

/** The id a shop listed without one is kept under: its name, so two such shops of one market stay apart. */
export const NAME_ID_PREFIX = 'name:';

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Which shop a row is: its id, else a known shop of the same name (and market), else its name. */
export function rowShopRef(row: ShopRowReading, known: readonly ShopRecord[]): ShopRef {
  if (row.shopId) return { region: row.region, shopId: row.shopId };
  const same = known.filter((s) => s.name !== null && fold(s.name) === fold(row.name) && (row.region === null || s.region === row.region));
  if (same.length === 1 && same[0]) return { region: same[0].region, shopId: same[0].shopId };
  return { region: row.region, shopId: `${NAME_ID_PREFIX}${row.name}`.slice(0, 64) };
}

export function rowReading(row: ShopRowReading, ref: ShopRef, page: CapturedReading, capturedAt: string): NewReading {
  return {
    shop: { ...ref, name: row.name },
    capturedAt,
    page: page.page,
    path: page.path,
    period: row.period,
    currency: row.currency,
    metrics: row.metrics,
    source: 'page',
  };
}

/** Stores every row that shows a figure; returns the keys of the shops whose history changed. */
export async function storeShopRows(history: History, page: CapturedReading, capturedAt: string): Promise<string[]> {
  const known = await history.shops();
  const changed: string[] = [];
  for (const row of page.shops ?? []) {
    if (Object.keys(row.metrics).length === 0) continue; // a row without figures is no reading
    const ref = rowShopRef(row, known);
    const result = await history.addReading(rowReading(row, ref, page, capturedAt));
    if (result.status === 'stored') changed.push(shopKeyOf(ref));
  }
  return changed;
}
