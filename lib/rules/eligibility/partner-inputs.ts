/**
 * Partner programs priced from what the partner enters in options (the pages rarely show it):
 * rank-up, short-video top 15, affiliate credits (capped sellers) and creator incubation.
 */
import type { Context } from '../context';
import { estimate, currencyOk } from '../estimates';
import { money } from '../format';
import type { Program } from '../programs';
import { reason } from '../reasons';
import type { Estimate } from '../types';
import { amount, type PartnerVerdict } from './partner-gmv';

function withEstimate(p: Program, ctx: Context, e: Estimate): { estimate?: Estimate } {
  return currencyOk(p, ctx) ? { estimate: e } : {};
}

const ask = (what: string): PartnerVerdict => ({ status: 'unknown', reasons: [reason('user-input-missing', { what })] });

export function evaluateRankUp(p: Program, ctx: Context): PartnerVerdict {
  const up = ctx.settings.assumptions.partner.rankedUp;
  if (up === null) return ask('whether you moved up the partner ranking');
  if (!up) return { status: 'ineligible', reasons: [reason('not-ranked-up')] };
  const max = amount(p, 'max');
  const basis = `Up to ${money(max, p.currency)} cash for a first move up the ranking, held (as entered)`;
  return { status: 'eligible', reasons: [reason('ranked-up')], ...withEstimate(p, ctx, estimate(0, max, p.currency, basis, 'rank-up', { max })) };
}

export function evaluateVideoCredits(p: Program, ctx: Context): PartnerVerdict {
  const { userRank, monthsInTop15 } = ctx.settings.assumptions.partner;
  const top = amount(p, 'topRank');
  const inTop = userRank === null ? undefined : userRank <= top;
  const months = monthsInTop15 ?? (inTop ? 1 : inTop === false ? 0 : null);
  if (months === null) return ask('your short-video GMV rank or months in the top 15');
  const reasons = [];
  if (userRank !== null) reasons.push(reason(inTop ? 'rank-top15' : 'rank-not-top15', { rank: userRank }));
  if (monthsInTop15 !== null) reasons.push(reason('months-top15', { months: monthsInTop15 }));
  if (months === 0) return { status: 'ineligible', reasons };
  const bonus = months >= amount(p, 'months') ? amount(p, 'allMonthsBonus') : 0;
  const low = months * amount(p, 'monthlyLow') + bonus;
  const high = months * amount(p, 'monthlyHigh') + bonus;
  const basis =
    `${months} month(s) in the top ${top} × ${money(amount(p, 'monthlyLow'), p.currency)}–${money(amount(p, 'monthlyHigh'), p.currency)} ad credits` +
    (bonus ? ` + ${money(bonus, p.currency)} for all three months` : '') +
    (monthsInTop15 === null ? ' (this month, from the entered rank)' : ' (as entered)');
  return { status: 'eligible', reasons, ...withEstimate(p, ctx, estimate(low, high, p.currency, basis, 'video-credits', { months, bonus })) };
}

export function evaluateAffiliateCredits(p: Program, ctx: Context): PartnerVerdict {
  // The shops read from the partner's own pages beat a number typed in by hand.
  const read = ctx.portfolio.sellers;
  const n = read ?? ctx.settings.assumptions.partner.sellersServed;
  if (n === null) return ask('how many sellers you serve with affiliate services');
  const source = read !== undefined ? `${n} shops in your portfolio, as read` : 'as entered';
  const cap = amount(p, 'maxSellers');
  const counted = Math.min(n, cap);
  const r = n > cap ? reason('sellers-capped', { sellers: n, cap }) : reason('sellers-served', { sellers: n });
  if (n === 0) return { status: 'ineligible', reasons: [r] };
  const per = amount(p, 'perSellerMax');
  const basis = `Up to ${money(per, p.currency)} ad credits × ${counted} sellers${n > cap ? ` (${n}, ${source}, capped at ${cap})` : ` (${source})`}`;
  return { status: 'eligible', reasons: [r], ...withEstimate(p, ctx, estimate(0, per * counted, p.currency, basis, 'affiliate-credits', { sellers: n, counted, cap, per })) };
}

export function evaluateCreatorIncubation(p: Program, ctx: Context): PartnerVerdict {
  const c = ctx.settings.assumptions.partner.creatorsSelling;
  if (c === null) return ask("how many creators from TikTok's target list sell with you");
  const r = reason('creators-selling', { creators: c });
  if (c === 0) return { status: 'ineligible', reasons: [r] };
  const lo = amount(p, 'perCreatorLow');
  const hi = amount(p, 'perCreatorHigh');
  const basis = `${c} creators × ${money(lo, p.currency)}–${money(hi, p.currency)} (as entered)`;
  return { status: 'eligible', reasons: [r], ...withEstimate(p, ctx, estimate(c * lo, c * hi, p.currency, basis, 'creator-incubation', { creators: c, lo, hi })) };
}
