/**
 * Money estimates for seller programs: always a low–high range rounded outward, the program's
 * currency, and one line of basis naming the reading or assumption each number comes from.
 */
import type { Context } from './context';
import { addDays } from './dates';
import { money, percent, range } from './format';
import type { Program } from './programs';
import type { Params } from './reasons';
import type { Estimate } from './types';

/** Money is only estimated in the program's currency (a GBP shop never gets USD amounts). */
export function currencyOk(p: Program, ctx: Context): boolean {
  return ctx.currency === undefined || ctx.currency === p.currency;
}

export function estimate(low: number, high: number, currency: string, basis: string, code: string, params: Params): Estimate {
  return { ...range(low, high), currency, basis, basisDetail: { code, params: { ...params, currency } } };
}

/**
 * Smart Promotion fee over `feeDays` at the recent GMV rate: the longest-period reading with GMV
 * whose period ended in the last 30 days (latest capture on ties), scaled per day.
 */
export function smartPromotionFee(p: Program, ctx: Context): Estimate | undefined {
  const a = ctx.settings.assumptions['smart-promotion'];
  const since = addDays(ctx.today, -30);
  let best: { gmv: number; days: number; start: string; end: string } | undefined;
  for (const r of ctx.readings) {
    const gmv = r.metrics.gmv;
    if (!r.period || typeof gmv !== 'number' || r.period.end < since || r.period.end > ctx.today) continue;
    if (!best || r.period.days >= best.days) best = { gmv, days: r.period.days, start: r.period.start, end: r.period.end };
  }
  if (!best) return undefined;
  const gmv = (best.gmv / best.days) * a.feeDays;
  const lowRate = a.feeRate;
  const highRate = a.feeRate + a.campaignExtraRate;
  const basis =
    `Fee ${percent(lowRate)}–${percent(highRate)} (in campaigns) of ${money(gmv, p.currency)} GMV per ${a.feeDays} days, ` +
    `from the GMV of ${best.start}–${best.end}${best.days === a.feeDays ? '' : ` (${best.days} days, scaled)`}`;
  return estimate(gmv * lowRate, gmv * highRate, p.currency, basis, 'fee-on-gmv', {
    lowRate,
    highRate,
    gmv,
    days: a.feeDays,
    start: best.start,
    end: best.end,
    periodDays: best.days,
  });
}

/** NewStar ads credits this month: user-entered new products and cold-start successes, capped. */
export function newstarCredits(p: Program, ctx: Context): Estimate {
  const a = ctx.settings.assumptions.newstar;
  const bonus = (a.coldStartSuccesses ?? 0) * a.coldStartBonus;
  if (a.newProducts === null) {
    const basis =
      `Up to ${money(a.monthlyCreditCap, p.currency)} a month: ${money(a.creditPerProduct, p.currency)} per eligible new product` +
      ` + ${money(a.coldStartBonus, p.currency)} per cold-start success; enter your new products in options`;
    return estimate(bonus, a.monthlyCreditCap + bonus, p.currency, basis, 'newstar-cap', {
      cap: a.monthlyCreditCap,
      perProduct: a.creditPerProduct,
      bonus: a.coldStartBonus,
    });
  }
  const credit = Math.min(a.newProducts * a.creditPerProduct, a.monthlyCreditCap);
  const basis =
    `${a.newProducts} new products × ${money(a.creditPerProduct, p.currency)} (max ${money(a.monthlyCreditCap, p.currency)} a month)` +
    ` + ${a.coldStartSuccesses ?? 0} cold-start successes × ${money(a.coldStartBonus, p.currency)}, as entered; low = cold-start bonus only, as not every new product may qualify`;
  return estimate(bonus, credit + bonus, p.currency, basis, 'newstar-credits', {
    products: a.newProducts,
    perProduct: a.creditPerProduct,
    cap: a.monthlyCreditCap,
    successes: a.coldStartSuccesses ?? 0,
    bonus: a.coldStartBonus,
  });
}
