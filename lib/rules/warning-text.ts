/** One English sentence per warning code (message) and one of advice; the params carry the numbers. */
import { count, percent, plain, score } from './format';
import type { Params } from './reasons';

const n = (p: Params, k: string): number => Number(p[k]);
const when = (p: Params): string => (p.eta ? ` (projected ${String(p.eta)})` : '');

export const WARNING_TEXT: Record<string, { message: (p: Params) => string; advice: (p: Params) => string }> = {
  'sps-no-score': {
    message: (p) => (p.orders90 !== undefined ? `No SPS yet: ${count(n(p, 'orders90'))} of ${count(n(p, 'minOrders'))} orders in 90 days` : 'No SPS yet: not enough orders in 90 days'),
    advice: (p) => `A score comes after ${count(n(p, 'minOrders'))} delivered orders in 90 days; until then Smart Promotion is closed.`,
  },
  'sps-below-threshold': {
    message: (p) => `SPS ${score(n(p, 'value'))} is below ${plain(n(p, 'threshold'))}${when(p)}`,
    advice: () => 'Work on the weakest SPS dimension (reviews, returns, cancellations, late delivery, chat) to get back above the minimum.',
  },
  'sps-near-threshold': {
    message: (p) => `SPS ${score(n(p, 'value'))} is only ${plain(n(p, 'diff'))} above ${plain(n(p, 'threshold'))}${when(p)}`,
    advice: () => 'Keep cancellations, late shipments and slow chat replies down: a small drop takes the shop below the minimum.',
  },
  'sps-trending-down': {
    message: (p) => `SPS ${score(n(p, 'value'))} is falling and projected below ${plain(n(p, 'threshold'))} on ${String(p.eta)}`,
    advice: () => 'Check which SPS sub-metric is getting worse before the score reaches the minimum.',
  },
  'orders90-below-threshold': {
    message: (p) => `${count(n(p, 'value'))} orders in 90 days, ${count(n(p, 'shortBy'))} short of ${count(n(p, 'threshold'))}`,
    advice: (p) => `About ${count(n(p, 'perWeek'))} orders a week keep a shop at ${count(n(p, 'threshold'))} or more over 90 days.`,
  },
  'orders90-near-threshold': {
    message: (p) => `${count(n(p, 'value'))} orders in 90 days, only ${count(n(p, 'diff'))} above ${count(n(p, 'threshold'))}${when(p)}`,
    advice: (p) => `Keep about ${count(n(p, 'perWeek'))} orders a week coming in to stay above ${count(n(p, 'threshold'))}.`,
  },
  'orders90-running-out': {
    message: (p) => `With no new orders the 90-day count drops below ${count(n(p, 'threshold'))} on ${String(p.eta)}`,
    advice: (p) => `Keep about ${count(n(p, 'perWeek'))} orders a week coming in to stay above ${count(n(p, 'threshold'))}.`,
  },
  'ahr-below-milestone': {
    message: (p) => `AHR ${count(n(p, 'value'))} is at or below ${count(n(p, 'threshold'))}: ${n(p, 'threshold') === 0 ? 'deactivation' : `${count(n(p, 'restrictionDays'))}-day listing restriction`}`,
    advice: () => 'Fix or appeal the violations behind the lost points in Account Health.',
  },
  'ahr-near-milestone': {
    message: (p) => `AHR ${count(n(p, 'value'))} is ${count(n(p, 'diff'))} points above the ${count(n(p, 'threshold'))} milestone${when(p)}`,
    advice: (p) => `Another violation could cross ${count(n(p, 'threshold'))}; resolve open violations and appeal unfair ones now.`,
  },
  'ahr-trending-down': {
    message: (p) => `AHR ${count(n(p, 'value'))} is falling and projected to reach ${count(n(p, 'threshold'))} on ${String(p.eta)}`,
    advice: () => 'Check recent violations in Account Health before the next milestone.',
  },
  'channel-concentration': {
    message: (p) =>
      p.kind === 'product-card-share'
        ? `The product card brings ${percent(n(p, 'value'))} of GMV (limit ${percent(n(p, 'threshold'))})`
        : `Daily video GMV varies by ${percent(n(p, 'value'))} of its mean over ${count(n(p, 'days'))} days (limit ${percent(n(p, 'threshold'))})`,
    advice: (p) =>
      p.kind === 'product-card-share'
        ? 'Sales lean on the product card: build one steady short-video channel before stocking up.'
        : 'Video sales are too erratic to plan stock on: buy for the steady base, not for the peaks.',
  },
};
