/** Runs the rules over one shop's stored history. */
import type { History, ShopRecord as Shop, StoredReading } from '../history';
import type { Prefs } from '../prefs/schema';
import { assess, resolveSettings, type Assessment } from '../rules';

const DAY_MS = 86_400_000;
/** Seller rules look back 90 days (orders) and 60 (trends); partners compare with a baseline month up to ~15 months back. */
const SELLER_LOOKBACK_DAYS = 120;
const PARTNER_LOOKBACK_DAYS = 460;

/** The readings the rules need for this shop, oldest first. */
export async function readingsForRules(history: History, shop: Shop, prefs: Prefs, now: string): Promise<StoredReading[]> {
  const days = resolveSettings(prefs.rules).audience === 'seller' ? SELLER_LOOKBACK_DAYS : PARTNER_LOOKBACK_DAYS;
  const from = new Date(Date.parse(now) - days * DAY_MS).toISOString();
  return history.readings(shop.key, { from, to: now });
}

/** `portfolio`: the partner's totals (how many shops Shop Pulse has read), used by partner programs. */
export type Portfolio = { sellers?: number };

export function assessReadings(shop: Shop, readings: StoredReading[], prefs: Prefs, now: string, portfolio?: Portfolio): Assessment {
  return assess({
    now,
    ...(portfolio && { portfolio }),
    ...(shop.region && { region: shop.region }),
    ...(shop.currency && { currency: shop.currency }),
    readings: readings.map((r) => ({ at: r.capturedAt, period: r.period, metrics: r.metrics })),
    settings: resolveSettings(prefs.rules),
  });
}

export async function assessShop(history: History, shop: Shop, prefs: Prefs, now: string, portfolio?: Portfolio): Promise<Assessment> {
  return assessReadings(shop, await readingsForRules(history, shop, prefs, now), prefs, now, portfolio);
}
