import { describe, expect, it } from 'vitest';
import { assess, type AssessInput, type ProgramResult } from '../../../lib/rules';
import { NOW, r } from './helpers';

const Q4_2026 = { start: '2026-10-01', end: '2026-12-31' };
const partner = (extra: Record<string, unknown> = {}, programs: Record<string, unknown> = {}) =>
  ({
    audience: 'partner',
    programs: {
      'tsp-q4-daily-gmv': { enabled: true, ...Q4_2026 },
      'tsp-q4-rank-up': { enabled: true, ...Q4_2026 },
      'tsp-q4-video-credits': { enabled: true, ...Q4_2026 },
      'tsp-q4-affiliate-credits': { enabled: true, ...Q4_2026 },
      'tsp-q4-creator-incubation': { enabled: true, ...Q4_2026 },
      'tsp-bfcm-challenge': { enabled: true, start: '2026-11-12', end: '2026-12-01' },
      ...programs,
    },
    assumptions: { partner: extra },
  }) as never;

function program(id: string, input: Partial<AssessInput>): ProgramResult {
  const p = assess({ now: NOW, region: 'US', readings: [], ...input }).programs.find((x) => x.id === id);
  if (!p) throw new Error(`${id} missing`);
  return p;
}

const sept = (gmv: number) => r('2026-10-02', { gmv }, ['2026-09-01', '2026-09-30']);
const since = (gmv: number) => r('2026-11-22', { gmv }, ['2026-10-01', '2026-11-21']); // 52 days
const oct = (gmv: number) => r('2026-11-02', { gmv }, ['2026-10-01', '2026-10-31']); // 31 days

type Case = { id: string; name: string; input: Partial<AssessInput>; status: ProgramResult['status']; estimate?: [number, number]; reason?: string; why: string };

const cases: Case[] = [
  { id: 'tsp-q4-daily-gmv', name: 'default dates are the 2025 edition', input: { settings: { audience: 'partner' } as never }, status: 'unknown',
    reason: 'Program period ended 2025-12-31; update the dates in options if it runs again', why: 'today is 2026-11-23' },
  { id: 'tsp-bfcm-challenge', name: 'default dates are the 2025 edition', input: { settings: { audience: 'partner' } as never }, status: 'unknown',
    reason: 'Program period ended 2025-12-01; update the dates in options if it runs again', why: 'today is 2026-11-23' },
  { id: 'tsp-q4-daily-gmv', name: '+20,000/day over September', input: { settings: partner(), readings: [sept(300_000), since(1_560_000)] }, status: 'eligible', estimate: [10_000, 20_000],
    reason: 'Daily GMV $30,000 vs $10,000 in the September 2026 baseline: $20,000 a day more', why: '300,000/30 = 10,000; 1,560,000/52 = 30,000; tier ≥ 20,000 → 10k–20k' },
  { id: 'tsp-q4-daily-gmv', name: '+3,000/day is under the first tier', input: { settings: partner(), readings: [sept(300_000), since(676_000)] }, status: 'ineligible',
    reason: 'Daily GMV $13,000 vs $10,000 in the September 2026 baseline: $3,000 a day more', why: '676,000/52 = 13,000; first tier 5,000' },
  { id: 'tsp-q4-daily-gmv', name: 'no growth', input: { settings: partner(), readings: [sept(300_000), since(260_000)] }, status: 'ineligible',
    reason: 'Daily GMV $5,000 is not above the September 2026 baseline $10,000', why: '260,000/52 = 5,000' },
  { id: 'tsp-q4-daily-gmv', name: 'no baseline readings', input: { settings: partner(), readings: [since(1_560_000)] }, status: 'unknown',
    reason: 'Needs daily GMV from 2026-09-01 to 2026-09-30 (open Data Compass for that period)', why: 'never guess a baseline' },
  { id: 'tsp-q4-daily-gmv', name: 'baseline month edited to August', input: { settings: partner({ baselineMonth: '08' }), readings: [r('2026-09-02', { gmv: 310_000 }, ['2026-08-01', '2026-08-31']), since(1_560_000)] }, status: 'eligible', estimate: [10_000, 20_000],
    reason: 'Daily GMV $30,000 vs $10,000 in the August 2026 baseline: $20,000 a day more', why: '310,000/31 = 10,000' },
  { id: 'tsp-q4-rank-up', name: 'moved up', input: { settings: partner({ rankedUp: true }) }, status: 'eligible', estimate: [0, 10_000], why: 'up to $10,000' },
  { id: 'tsp-q4-rank-up', name: 'not entered', input: { settings: partner() }, status: 'unknown', reason: 'Enter whether you moved up the partner ranking in options to estimate this', why: 'user input' },
  { id: 'tsp-q4-video-credits', name: 'rank 7 this month', input: { settings: partner({ userRank: 7 }) }, status: 'eligible', estimate: [1_000, 5_000], why: '1 month × 1k–5k' },
  { id: 'tsp-q4-video-credits', name: 'all three months', input: { settings: partner({ monthsInTop15: 3 }) }, status: 'eligible', estimate: [5_000, 17_000], why: '3 × 1k + 2k = 5k; 3 × 5k + 2k = 17k' },
  { id: 'tsp-q4-video-credits', name: 'rank 16', input: { settings: partner({ userRank: 16 }) }, status: 'ineligible', reason: 'Rank 16 is outside the top 15 by short-video GMV increase', why: 'top 15 only' },
  { id: 'tsp-q4-affiliate-credits', name: '71 sellers', input: { settings: partner({ sellersServed: 71 }) }, status: 'eligible', estimate: [0, 70_000],
    reason: '71 sellers served; the program pays for at most 70', why: 'cap 70 × up to $1,000' },
  { id: 'tsp-q4-affiliate-credits', name: '12 sellers', input: { settings: partner({ sellersServed: 12 }) }, status: 'eligible', estimate: [0, 12_000], why: '12 × up to $1,000' },
  { id: 'tsp-q4-affiliate-credits', name: '8 shops read beat 12 typed', input: { settings: partner({ sellersServed: 12 }), portfolio: { sellers: 8 } }, status: 'eligible', estimate: [0, 8_000],
    reason: '8 sellers served', why: 'the portfolio is read from the partner pages; a typed number is a guess' },
  { id: 'tsp-q4-affiliate-credits', name: 'portfolio known, nothing typed', input: { settings: partner(), portfolio: { sellers: 3 } }, status: 'eligible', estimate: [0, 3_000], why: '3 × up to $1,000' },
  { id: 'tsp-q4-creator-incubation', name: '3 creators', input: { settings: partner({ creatorsSelling: 3 }) }, status: 'eligible', estimate: [3_000, 30_000], why: '3 × 1k–10k' },
  { id: 'tsp-q4-creator-incubation', name: 'none', input: { settings: partner({ creatorsSelling: 0 }) }, status: 'ineligible', why: 'no creator sells' },
  { id: 'tsp-bfcm-challenge', name: 'October 25,000/day', input: { settings: partner(), readings: [oct(775_000)] }, status: 'eligible', estimate: [0, 12_000],
    reason: 'October daily GMV $25,000 is at or above $20,000', why: '775,000/31 = 25,000 ≥ 20,000' },
  { id: 'tsp-bfcm-challenge', name: 'October 15,000/day', input: { settings: partner(), readings: [oct(465_000)] }, status: 'eligible', estimate: [0, 2_000],
    reason: 'October daily GMV $15,000 is below $20,000', why: '465,000/31 = 15,000' },
  { id: 'tsp-bfcm-challenge', name: 'before 2026-11-12', input: { now: '2026-11-01T00:00:00Z', settings: partner(), readings: [oct(775_000)] }, status: 'unknown',
    reason: 'Program starts 2026-11-12', why: 'not running yet' },
  { id: 'tsp-q4-creator-incubation', name: 'a GB partner', input: { region: 'GB', currency: 'GBP', settings: partner({ creatorsSelling: 3 }) }, status: 'unknown',
    reason: 'Not offered in GB: this program is for US shops', why: 'US program; no USD amount' },
  { id: 'tsp-q4-creator-incubation', name: 'US program, readings in EUR', input: { currency: 'EUR', settings: partner({ creatorsSelling: 3 }) }, status: 'eligible', why: 'no amount in a currency the readings are not in' },
];

describe('partner programs', () => {
  it.each(cases)('$id: $name → $status ($why)', ({ id, input, status, estimate, reason }) => {
    const p = program(id, input);
    expect(p.status).toBe(status);
    if (reason) expect(p.reasons).toContain(reason);
    if (estimate) expect([p.estimate?.low, p.estimate?.high, p.estimate?.currency]).toEqual([...estimate, 'USD']);
    else expect(p.estimate).toBeUndefined();
  });
});

describe('audience and switches', () => {
  const ids = (settings: unknown) => assess({ now: NOW, readings: [], settings: settings as never }).programs.map((p) => p.id);
  it.each([
    ['seller (default)', undefined, ['smart-promotion', 'newstar']],
    ['partner', { audience: 'partner' }, ['tsp-q4-daily-gmv', 'tsp-q4-rank-up', 'tsp-q4-video-credits', 'tsp-q4-affiliate-credits', 'tsp-q4-creator-incubation', 'tsp-bfcm-challenge']],
    ['both, newstar off', { audience: 'both', programs: { newstar: { enabled: false } } }, ['smart-promotion', 'tsp-q4-daily-gmv', 'tsp-q4-rank-up', 'tsp-q4-video-credits', 'tsp-q4-affiliate-credits', 'tsp-q4-creator-incubation', 'tsp-bfcm-challenge']],
  ])('%s', (_, settings, want) => expect(ids(settings)).toEqual(want));
});
