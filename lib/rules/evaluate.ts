/** One program → one ProgramResult: applicability first, then its evaluator, then its estimate. */
import { applicability } from './applicability';
import type { Context } from './context';
import { evaluateBfcm, evaluateDailyGmv, type PartnerVerdict } from './eligibility/partner-gmv';
import {
  evaluateAffiliateCredits,
  evaluateCreatorIncubation,
  evaluateRankUp,
  evaluateVideoCredits,
} from './eligibility/partner-inputs';
import { evaluateThresholds } from './eligibility/seller';
import { currencyOk, newstarCredits, smartPromotionFee } from './estimates';
import type { Program } from './programs';
import { sourceLabel } from './sources';
import type { Reason } from './reasons';
import type { Estimate, ProgramResult } from './types';

type Evaluator = (p: Program, ctx: Context) => PartnerVerdict;

const SELLER_ESTIMATES: Record<string, (p: Program, ctx: Context) => Estimate | undefined> = {
  'smart-promotion': smartPromotionFee,
  newstar: newstarCredits,
};

const EVALUATORS: Record<Program['evaluator'], Evaluator> = {
  'seller-thresholds': (p, ctx) => {
    const v = evaluateThresholds(p, ctx);
    // Money only where it could be earned or paid: not for an ineligible shop, only in the program's currency.
    const e = v.status !== 'ineligible' && currencyOk(p, ctx) ? SELLER_ESTIMATES[p.id]?.(p, ctx) : undefined;
    return e ? { ...v, estimate: e } : v;
  },
  'partner-daily-gmv': evaluateDailyGmv,
  'partner-rank-up': evaluateRankUp,
  'partner-video-credits': evaluateVideoCredits,
  'partner-affiliate-credits': evaluateAffiliateCredits,
  'partner-creator-incubation': evaluateCreatorIncubation,
  'partner-bfcm': evaluateBfcm,
};

function result(p: Program, status: ProgramResult['status'], reasons: Reason[], extra: Partial<ProgramResult>): ProgramResult {
  return {
    id: p.id,
    status,
    reasons: reasons.map((r) => r.text),
    ...extra,
    name: p.name,
    audience: p.audience,
    source: { ...p.source, label: sourceLabel(p.source) },
    assumptions: p.assumptions,
    details: reasons.map((r) => r.detail),
  };
}

export function evaluateProgram(p: Program, ctx: Context): ProgramResult {
  const { blockers, notes } = applicability(p, ctx);
  if (blockers.length) return result(p, 'unknown', blockers, { applicable: false });
  const v = EVALUATORS[p.evaluator](p, ctx);
  return result(p, v.status, [...v.reasons, ...notes], {
    ...(v.estimate ? { estimate: v.estimate } : {}),
    applicable: true,
    ...(v.eta ? { eta: v.eta } : {}),
  });
}
