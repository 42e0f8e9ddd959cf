/**
 * Reasons: each a short English sentence with its numbers, and the same as data
 * (`{ code, params }`) so the UI can translate it. One template per code.
 */
import { count, money, percent, plain, score } from './format';

export type Params = Record<string, string | number>;
export type Detail = { code: string; params: Params };
export type Reason = { text: string; detail: Detail };

const n = (p: Params, k: string): number => Number(p[k]);
const s = (p: Params, k: string): string => String(p[k] ?? '');
const cur = (p: Params, k: string): string => money(n(p, k), s(p, 'currency'));

export const TEMPLATES: Record<string, (p: Params) => string> = {
  'sps-above-min': (p) => `SPS ${score(n(p, 'value'))} is ${plain(n(p, 'diff'))} above the ${plain(n(p, 'min'))} minimum`,
  'sps-at-min': (p) => `SPS ${score(n(p, 'value'))} is exactly the ${plain(n(p, 'min'))} minimum`,
  'sps-below-min': (p) => `SPS ${score(n(p, 'value'))} is ${plain(n(p, 'diff'))} below the ${plain(n(p, 'min'))} minimum`,
  'sps-no-score': (p) => `No SPS yet (it needs ${count(n(p, 'minOrders'))} orders in 90 days): not eligible until there is a score`,
  'sps-no-score-ok': () => 'No SPS yet: shops without a score qualify',
  'sps-not-read': () => 'SPS not read yet: open the Shop Performance page in Seller Center',
  'sps-eta-down': (p) => `At the current trend the SPS falls below ${plain(n(p, 'threshold'))} around ${s(p, 'eta')}`,
  'sps-eta-up': (p) => `At the current trend the SPS reaches ${plain(n(p, 'threshold'))} around ${s(p, 'eta')}`,
  'orders90-above-min': (p) => `${count(n(p, 'value'))} orders in 90 days, ${count(n(p, 'diff'))} above the ${count(n(p, 'min'))} minimum`,
  'orders90-at-min': (p) => `${count(n(p, 'value'))} orders in 90 days is exactly the ${count(n(p, 'min'))} minimum`,
  'orders90-below-min': (p) => `${count(n(p, 'value'))} orders in 90 days, ${count(n(p, 'diff'))} short of the ${count(n(p, 'min'))} minimum`,
  'orders90-implied': (p) => `The SPS is shown, so the shop has at least ${count(n(p, 'min'))} orders in 90 days (count not read)`,
  'orders90-not-read': () => 'Orders in the last 90 days not read yet',
  'orders90-runout': (p) => `With no new orders the 90-day count drops below ${count(n(p, 'min'))} on ${s(p, 'date')}; about ${count(n(p, 'perWeek'))} orders a week keep it above`,
  'orders90-per-week': (p) => `About ${count(n(p, 'perWeek'))} orders a week keep the 90-day count at ${count(n(p, 'min'))} or more`,
  'region-not-offered': (p) => `Not offered in ${s(p, 'region')}: this program is for ${s(p, 'regions')} shops`,
  'region-unknown': (p) => `Shop region not known; this program is for ${s(p, 'regions')} shops`,
  'period-ended': (p) => `Program period ended ${s(p, 'end')}; update the dates in options if it runs again`,
  'period-not-started': (p) => `Program starts ${s(p, 'start')}`,
  'dates-estimated': () => 'Program dates are an estimate',
  'daily-gmv-missing': (p) => `Needs daily GMV from ${s(p, 'from')} to ${s(p, 'to')} (open Data Compass for that period)`,
  'daily-gmv-growth': (p) => `Daily GMV ${cur(p, 'recent')} vs ${cur(p, 'baseline')} in the ${s(p, 'baselineLabel')} baseline: ${cur(p, 'increment')} a day more`,
  'daily-gmv-no-growth': (p) => `Daily GMV ${cur(p, 'recent')} is not above the ${s(p, 'baselineLabel')} baseline ${cur(p, 'baseline')}`,
  'daily-gmv-below-tier': (p) => `${cur(p, 'increment')} a day more is below the first assumed tier (${cur(p, 'tier')})`,
  'user-input-missing': (p) => `Enter ${s(p, 'what')} in options to estimate this`,
  'ranked-up': () => 'You moved up the partner ranking (as entered)',
  'not-ranked-up': () => 'No first-time move up the partner ranking (as entered)',
  'rank-top15': (p) => `Rank ${count(n(p, 'rank'))} is in the top 15 by short-video GMV increase`,
  'rank-not-top15': (p) => `Rank ${count(n(p, 'rank'))} is outside the top 15 by short-video GMV increase`,
  'months-top15': (p) => `${count(n(p, 'months'))} of 3 months in the top 15 (as entered)`,
  'sellers-served': (p) => `${count(n(p, 'sellers'))} sellers served`,
  'sellers-capped': (p) => `${count(n(p, 'sellers'))} sellers served; the program pays for at most ${count(n(p, 'cap'))}`,
  'creators-selling': (p) => `${count(n(p, 'creators'))} target-list creators selling (as entered)`,
  'october-daily-gmv': (p) => `October daily GMV ${cur(p, 'value')} is ${n(p, 'value') >= n(p, 'min') ? 'at or above' : 'below'} ${cur(p, 'min')}`,
  'bfcm-matchmaking': (p) => `Creator matchmaking can add up to ${cur(p, 'max')} (not included)`,
  'share-of-gmv': (p) => `Product card ${percent(n(p, 'share'))} of GMV`,
};

export function reason(code: string, params: Params = {}): Reason {
  const t = TEMPLATES[code];
  return { text: t ? t(params) : code, detail: { code, params } };
}
