/** The shop key alone, without the record schemas, for bundles that only need the key (the popup). */
export type ShopRef = { region: string | null; shopId: string | null };

/** Stable key of a shop; `--` stands for "unknown". */
export function shopKeyOf(ref: ShopRef): string {
  return `${ref.region ?? '--'}:${ref.shopId ?? '--'}`;
}
