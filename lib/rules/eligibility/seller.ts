/**
 * Seller programs as threshold rules (catalog `rules`): SPS and the 90-day order count, with
 * reasons that carry the numbers, and 'at-risk' when within the margin or projected to cross
 * within the at-risk window.
 */
import { withinAtRisk, type Context } from '../context';
import { round2 } from '../format';
import type { Program } from '../programs';
import { reason, type Reason } from '../reasons';
import type { Status } from '../types';

export type Verdict = { status: Status; reasons: Reason[]; eta?: string };

type RuleVerdict = { ok: boolean | undefined; near: boolean; reasons: Reason[]; eta?: string };

function spsRule(ctx: Context, min: number, noScore: 'eligible' | 'ineligible' | undefined): RuleVerdict {
  const sps = ctx.sps;
  if (!sps) return { ok: undefined, near: false, reasons: [reason('sps-not-read')] };
  if (sps.value === null) {
    const ok = noScore === 'eligible';
    return { ok, near: false, reasons: [reason(ok ? 'sps-no-score-ok' : 'sps-no-score', { minOrders: 30 })] };
  }
  const value = sps.value;
  const diff = round2(value - min);
  if (diff < 0) {
    const eta = ctx.eta(ctx.spsTrend, min, 'up');
    const rs = [reason('sps-below-min', { value, min, diff: -diff })];
    if (eta) rs.push(reason('sps-eta-up', { threshold: min, eta }));
    return { ok: false, near: false, reasons: rs, ...(eta ? { eta } : {}) };
  }
  const rs = [reason(diff === 0 ? 'sps-at-min' : 'sps-above-min', { value, min, diff })];
  const eta = ctx.eta(ctx.spsTrend, min, 'down');
  if (eta) rs.push(reason('sps-eta-down', { threshold: min, eta }));
  const near = diff <= ctx.settings.margins.sps || withinAtRisk(ctx, eta);
  return { ok: true, near, reasons: rs, ...(eta ? { eta } : {}) };
}

function orders90Rule(ctx: Context, min: number): RuleVerdict {
  const o = ctx.orders90(min);
  if (!o) {
    // A score is only given with ≥ 30 orders in 90 days, so a shown SPS implies the minimum.
    if (typeof ctx.sps?.value === 'number' && min <= 30)
      return { ok: true, near: false, reasons: [reason('orders90-implied', { min })] };
    return { ok: undefined, near: false, reasons: [reason('orders90-not-read')] };
  }
  const diff = o.count - min;
  if (diff < 0) return { ok: false, near: false, reasons: [reason('orders90-below-min', { value: o.count, min, diff: -diff })] };
  const rs = [reason(diff === 0 ? 'orders90-at-min' : 'orders90-above-min', { value: o.count, min, diff })];
  if (o.runOut) rs.push(reason('orders90-runout', { min, date: o.runOut, perWeek: o.perWeekToStay }));
  else rs.push(reason('orders90-per-week', { min, perWeek: o.perWeekToStay }));
  const near = diff <= ctx.settings.margins.orders90 || withinAtRisk(ctx, o.runOut);
  return { ok: true, near, reasons: rs, ...(o.runOut ? { eta: o.runOut } : {}) };
}

/** All rules must hold: any false → ineligible; any unknown → unknown; any near → at-risk. */
export function evaluateThresholds(p: Program, ctx: Context): Verdict {
  const verdicts = p.rules.map((r) =>
    r.metric === 'sps'
      ? spsRule(ctx, r.min, r.noScore)
      : r.metric === 'ordersLast90Days'
        ? orders90Rule(ctx, r.min)
        : { ok: undefined, near: false, reasons: [] },
  );
  const reasons = verdicts.flatMap((v) => v.reasons);
  const etas = verdicts.map((v) => v.eta).filter((e): e is string => !!e).sort();
  const eta = etas[0];
  const withEta = eta ? { eta } : {};
  if (verdicts.some((v) => v.ok === false)) return { status: 'ineligible', reasons, ...withEta };
  if (verdicts.some((v) => v.ok === undefined)) return { status: 'unknown', reasons, ...withEta };
  return { status: verdicts.some((v) => v.near) ? 'at-risk' : 'eligible', reasons, ...withEta };
}
