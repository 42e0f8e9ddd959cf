/**
 * Partner programs measured on GMV: Q4 daily GMV growth (incremental daily GMV over a baseline
 * month, priced with the assumed tier table) and the BFCM challenge (October daily GMV).
 * Daily GMV = period GMV ÷ days of the period (see latest.ts `dailyRate`).
 */
import { programPeriod } from '../applicability';
import type { Context } from '../context';
import { addDays } from '../dates';
import { estimate, currencyOk } from '../estimates';
import { money } from '../format';
import { dailyRate, type Rate } from '../latest';
import type { Program } from '../programs';
import { reason } from '../reasons';
import type { Verdict } from './seller';
import type { Estimate } from '../types';

export type PartnerVerdict = Verdict & { estimate?: Estimate };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const amount = (p: Program, key: string): number => p.amounts[key] ?? 0;

/** First and last day of month `mm` ('01'–'12') before the program start (same year, else the year before). */
export function baselineMonth(start: string, mm: string): { from: string; to: string; label: string } {
  let year = Number(start.slice(0, 4));
  if (`${year}-${mm}-01` >= start) year -= 1;
  const from = `${year}-${mm}-01`;
  const next = Number(mm) === 12 ? `${year + 1}-01-01` : `${year}-${String(Number(mm) + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1), label: `${MONTHS[Number(mm) - 1] ?? mm} ${year}` };
}

const rateNote = (r: Rate): string =>
  r.fromSingleDays ? `${r.days} daily readings` : `${r.readings} readings over ${r.days} days, period GMV ÷ days`;

export function evaluateDailyGmv(p: Program, ctx: Context): PartnerVerdict {
  const a = ctx.settings.assumptions.partner;
  const { start, end } = programPeriod(p, ctx);
  const base = baselineMonth(start, a.baselineMonth);
  const to = end !== null && end < ctx.today ? end : ctx.today;
  const baseline = dailyRate(ctx.readings, 'gmv', base.from, base.to);
  const recent = dailyRate(ctx.readings, 'gmv', start, to);
  const missing = [];
  if (!baseline) missing.push(reason('daily-gmv-missing', { from: base.from, to: base.to }));
  if (!recent) missing.push(reason('daily-gmv-missing', { from: start, to }));
  if (!baseline || !recent) return { status: 'unknown', reasons: missing };
  const increment = recent.perDay - baseline.perDay;
  const nums = { recent: recent.perDay, baseline: baseline.perDay, increment, baselineLabel: base.label, currency: p.currency };
  if (increment <= 0) return { status: 'ineligible', reasons: [reason('daily-gmv-no-growth', nums)] };
  const tiers = [...a.dailyGmvTiers].sort((x, y) => x.minIncrement - y.minIncrement);
  const tier = tiers.filter((t) => t.minIncrement <= increment).pop();
  const growth = reason('daily-gmv-growth', nums);
  if (!tier) {
    return { status: 'ineligible', reasons: [growth, reason('daily-gmv-below-tier', { increment, tier: tiers[0]?.minIncrement ?? 0, currency: p.currency })] };
  }
  const basis =
    `Assumed tier from ${money(tier.minIncrement, p.currency)}/day more than ${base.label} (tiers not public); ` +
    `baseline ${money(baseline.perDay, p.currency)}/day (${rateNote(baseline)}), since ${start} ${money(recent.perDay, p.currency)}/day (${rateNote(recent)})`;
  return {
    status: 'eligible',
    reasons: [growth],
    ...(currencyOk(p, ctx)
      ? { estimate: estimate(tier.low, tier.high, p.currency, basis, 'daily-gmv-tier', { ...nums, tierFrom: tier.minIncrement }) }
      : {}),
  };
}

export function evaluateBfcm(p: Program, ctx: Context): PartnerVerdict {
  const { start } = programPeriod(p, ctx);
  const oct = baselineMonth(start, '10');
  const rate = dailyRate(ctx.readings, 'gmv', oct.from, oct.to);
  const matchmaking = reason('bfcm-matchmaking', { max: amount(p, 'matchmakingMax'), currency: p.currency });
  if (!rate) return { status: 'unknown', reasons: [reason('daily-gmv-missing', { from: oct.from, to: oct.to }), matchmaking] };
  const min = amount(p, 'highDailyGmv');
  const high = rate.perDay >= min ? amount(p, 'highSellerMax') : amount(p, 'lowSellerMax');
  const basis =
    `Up to ${money(high, p.currency)} for a seller with ${oct.label} daily GMV ${money(rate.perDay, p.currency)} ` +
    `(${rateNote(rate)}; ${money(min, p.currency)}/day is the line); matchmaking not included`;
  return {
    status: 'eligible',
    reasons: [reason('october-daily-gmv', { value: rate.perDay, min, currency: p.currency }), matchmaking],
    ...(currencyOk(p, ctx)
      ? { estimate: estimate(0, high, p.currency, basis, 'bfcm-seller', { value: rate.perDay, min, high }) }
      : {}),
  };
}
