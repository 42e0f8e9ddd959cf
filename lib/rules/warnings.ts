/**
 * Warnings with stable codes (shared/DOMAIN.md contract 2):
 *   sps-no-score (info), sps-below-threshold (critical), sps-near-threshold (warning),
 *   sps-trending-down (info; warning when within the at-risk window),
 *   orders90-below-threshold (warning), orders90-near-threshold (warning),
 *   orders90-running-out (warning), ahr-below-milestone (critical),
 *   ahr-near-milestone (warning; critical next to 0), ahr-trending-down (info; warning when soon),
 *   channel-concentration (warning; metric gmvProductCard or gmvVideo).
 */
import { productCardShare, videoVariation } from './channel';
import { withinAtRisk, type Context } from './context';
import { round2 } from './format';
import type { MetricKey } from '../metrics';
import type { Params } from './reasons';
import type { Severity, Warning } from './types';
import { WARNING_TEXT } from './warning-text';

/** SPS minimum and 90-day order minimum of Smart Promotion (catalog), used for the warnings. */
export const SPS_MIN = 3.5;
export const ORDERS90_MIN = 30;
/** AHR milestones (US, UK) and the listing restriction in days at each; 0 = deactivation. */
export const AHR_MILESTONES: ReadonlyArray<{ at: number; days: number }> = [
  { at: 150, days: 7 },
  { at: 100, days: 14 },
  { at: 50, days: 28 },
  { at: 0, days: 0 },
];

function warn(
  code: string,
  severity: Severity,
  metric: MetricKey,
  value: number | null,
  threshold: number,
  params: Params,
  extra: { eta?: string | undefined; readAt?: string | undefined } = {},
): Warning {
  const p: Params = { ...params, value: value ?? '', threshold, ...(extra.eta ? { eta: extra.eta } : {}) };
  if (value === null) delete p.value;
  const text = WARNING_TEXT[code];
  return {
    code,
    severity,
    metric,
    value,
    threshold,
    ...(extra.eta ? { eta: extra.eta } : {}),
    ...(text ? { message: text.message(p), advice: text.advice(p) } : {}),
    params: p,
    ...(extra.readAt ? { readAt: extra.readAt } : {}),
  };
}

function spsWarnings(ctx: Context): Warning[] {
  const s = ctx.sps;
  if (!s) return [];
  const readAt = s.at;
  if (s.value === null) {
    const o = ctx.orders90(ORDERS90_MIN);
    return [warn('sps-no-score', 'info', 'sps', null, SPS_MIN, { minOrders: ORDERS90_MIN, ...(o ? { orders90: o.count } : {}) }, { readAt })];
  }
  const diff = round2(s.value - SPS_MIN);
  if (diff < 0) {
    const eta = ctx.eta(ctx.spsTrend, SPS_MIN, 'up');
    return [warn('sps-below-threshold', 'critical', 'sps', s.value, SPS_MIN, { diff: -diff }, { eta, readAt })];
  }
  const eta = ctx.eta(ctx.spsTrend, SPS_MIN, 'down');
  if (diff <= ctx.settings.margins.sps)
    return [warn('sps-near-threshold', 'warning', 'sps', s.value, SPS_MIN, { diff, margin: ctx.settings.margins.sps }, { eta, readAt })];
  if (eta) return [warn('sps-trending-down', withinAtRisk(ctx, eta) ? 'warning' : 'info', 'sps', s.value, SPS_MIN, { diff }, { eta, readAt })];
  return [];
}

function orders90Warnings(ctx: Context): Warning[] {
  const o = ctx.orders90(ORDERS90_MIN);
  if (!o) return [];
  const readAt = ctx.orders90Latest?.at;
  const base = { perWeek: o.perWeekToStay };
  const diff = o.count - ORDERS90_MIN;
  if (diff < 0) return [warn('orders90-below-threshold', 'warning', 'ordersLast90Days', o.count, ORDERS90_MIN, { ...base, shortBy: o.shortBy }, { readAt })];
  if (diff <= ctx.settings.margins.orders90)
    return [warn('orders90-near-threshold', 'warning', 'ordersLast90Days', o.count, ORDERS90_MIN, { ...base, diff, margin: ctx.settings.margins.orders90 }, { eta: o.runOut, readAt })];
  if (o.runOut && withinAtRisk(ctx, o.runOut))
    return [warn('orders90-running-out', 'warning', 'ordersLast90Days', o.count, ORDERS90_MIN, { ...base, diff }, { eta: o.runOut, readAt })];
  return [];
}

function ahrWarnings(ctx: Context): Warning[] {
  const a = ctx.readings.length ? latestNumber(ctx, 'ahr') : undefined;
  if (!a) return [];
  const { value, at: readAt } = a;
  const out: Warning[] = [];
  const reached = [...AHR_MILESTONES].reverse().find((m) => value <= m.at);
  if (reached) out.push(warn('ahr-below-milestone', 'critical', 'ahr', value, reached.at, { restrictionDays: reached.days }, { readAt }));
  const next = AHR_MILESTONES.find((m) => m.at < value);
  if (!next) return out;
  const diff = value - next.at;
  const eta = ctx.eta(ctx.ahrTrend, next.at, 'down');
  const params = { diff, restrictionDays: next.days };
  if (diff <= ctx.settings.margins.ahr)
    out.push(warn('ahr-near-milestone', next.at === 0 ? 'critical' : 'warning', 'ahr', value, next.at, params, { eta, readAt }));
  else if (eta) out.push(warn('ahr-trending-down', withinAtRisk(ctx, eta) ? 'warning' : 'info', 'ahr', value, next.at, params, { eta, readAt }));
  return out;
}

function latestNumber(ctx: Context, key: MetricKey): { value: number; at: string } | undefined {
  for (let i = ctx.readings.length - 1; i >= 0; i--) {
    const r = ctx.readings[i];
    const v = r?.metrics[key];
    if (r && v !== undefined) return typeof v === 'number' ? { value: v, at: r.at } : undefined;
  }
  return undefined;
}

function channelWarnings(ctx: Context): Warning[] {
  const c = ctx.settings.channel;
  const out: Warning[] = [];
  const share = productCardShare(ctx.readings);
  if (share && share.share > c.productCardShareMax)
    out.push(warn('channel-concentration', 'warning', 'gmvProductCard', round3(share.share), c.productCardShareMax,
      { kind: 'product-card-share', cardGmv: share.cardGmv, totalGmv: share.totalGmv }, { readAt: share.at }));
  const v = videoVariation(ctx.readings, c.windowDays);
  if (v && v.cv > c.videoCvMax)
    out.push(warn('channel-concentration', 'warning', 'gmvVideo', round3(v.cv), c.videoCvMax,
      { kind: 'video-variation', days: v.days, from: v.from, to: v.to, mean: v.mean }));
  return out;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function buildWarnings(ctx: Context): Warning[] {
  return [...spsWarnings(ctx), ...orders90Warnings(ctx), ...ahrWarnings(ctx), ...channelWarnings(ctx)];
}
