/**
 * Partner totals: what the partner programs measure over the whole portfolio, each with its
 * basis. Sellers served = the shops Shop Pulse has read; daily GMV = per currency, the sum of
 * each shop's latest period GMV divided by the days of that period (amounts in different
 * currencies are never added). Pure.
 */
import type { Period } from '../metrics';
import type { DashboardRow } from './row';

export type DailyGmvTotal = { currency: string; perDay: number; shops: number };
export type PartnerTotals = { sellers: number; dailyGmv: DailyGmvTotal[] };

const DAY_MS = 86_400_000;

/** Days a period covers, both ends included. */
export function periodDays(p: Period): number {
  return Math.round((Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / DAY_MS) + 1;
}

export function partnerTotals(rows: readonly DashboardRow[]): PartnerTotals {
  const byCurrency = new Map<string, DailyGmvTotal>();
  for (const r of rows) {
    const gmv = r.figures.gmv;
    const currency = r.shop.currency;
    // A GMV without its days or its currency is not a daily figure: left out, never guessed.
    if (typeof gmv !== 'number' || !r.gmvPeriod || !currency) continue;
    const days = periodDays(r.gmvPeriod);
    if (!(days >= 1)) continue;
    const t = byCurrency.get(currency) ?? { currency, perDay: 0, shops: 0 };
    t.perDay += gmv / days;
    t.shops += 1;
    byCurrency.set(currency, t);
  }
  const dailyGmv = [...byCurrency.values()]
    .map((t) => ({ ...t, perDay: Math.round(t.perDay * 100) / 100 }))
    .sort((a, b) => b.shops - a.shops || (a.currency < b.currency ? -1 : 1));
  return { sellers: rows.length, dailyGmv };
}
