import { describe, expect, it } from 'vitest';
import { assess, type AssessInput, type ProgramResult } from '../../../lib/rules';
import { NOW, r } from './helpers';

function program(id: string, input: Partial<AssessInput>): ProgramResult {
  const a = assess({ now: NOW, region: 'US', readings: [], ...input });
  const p = a.programs.find((x) => x.id === id);
  if (!p) throw new Error(`${id} not in ${a.programs.map((x) => x.id).join(', ')}`);
  return p;
}

type Case = { name: string; input: Partial<AssessInput>; status: ProgramResult['status']; reasons: string[]; why: string };

const smart: Case[] = [
  {
    name: 'well above both minimums', input: { readings: [r('2026-11-20', { sps: 4.1, ordersLast90Days: 42 })] },
    status: 'eligible', why: '4.10 − 3.5 = 0.6 > 0.2 margin; 42 − 30 = 12 > 5 margin',
    reasons: ['SPS 4.10 is 0.6 above the 3.5 minimum', '42 orders in 90 days, 12 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'SPS 3.62 within the 0.2 margin', input: { readings: [r('2026-11-20', { sps: 3.62, ordersLast90Days: 42 })] },
    status: 'at-risk', why: '0.12 ≤ 0.2: eligible but near',
    reasons: ['SPS 3.62 is 0.12 above the 3.5 minimum', '42 orders in 90 days, 12 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'exactly 3.5', input: { readings: [r('2026-11-20', { sps: 3.5, ordersLast90Days: 42 })] },
    status: 'at-risk', why: '≥ 3.5 is eligible; 0 ≤ margin',
    reasons: ['SPS 3.50 is exactly the 3.5 minimum', '42 orders in 90 days, 12 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'exactly 3.7 (the float trap 3.7 − 3.5 = 0.2000000000000002)', input: { readings: [r('2026-11-20', { sps: 3.7, ordersLast90Days: 42 })] },
    status: 'at-risk', why: 'difference rounded to 0.2 ≤ 0.2',
    reasons: ['SPS 3.70 is 0.2 above the 3.5 minimum', '42 orders in 90 days, 12 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'exactly 30 orders', input: { readings: [r('2026-11-20', { sps: 4.1, ordersLast90Days: 30 })] },
    status: 'at-risk', why: '≥ 30 is eligible; 0 ≤ 5 margin',
    reasons: ['SPS 4.10 is 0.6 above the 3.5 minimum', '30 orders in 90 days is exactly the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: '29 orders', input: { readings: [r('2026-11-20', { sps: 4.1, ordersLast90Days: 29 })] },
    status: 'ineligible', why: '29 < 30',
    reasons: ['SPS 4.10 is 0.6 above the 3.5 minimum', '29 orders in 90 days, 1 short of the 30 minimum'],
  },
  {
    name: 'SPS 3.49', input: { readings: [r('2026-11-20', { sps: 3.49, ordersLast90Days: 42 })] },
    status: 'ineligible', why: '3.49 < 3.5',
    reasons: ['SPS 3.49 is 0.01 below the 3.5 minimum', '42 orders in 90 days, 12 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'no score', input: { readings: [r('2026-11-20', { sps: null, ordersLast90Days: 12 })] },
    status: 'ineligible', why: 'Smart Promotion needs a score',
    reasons: ['No SPS yet (it needs 30 orders in 90 days): not eligible until there is a score', '12 orders in 90 days, 18 short of the 30 minimum'],
  },
  {
    name: 'nothing read', input: { readings: [] }, status: 'unknown', why: 'no data is not "ineligible"',
    reasons: ['SPS not read yet: open the Shop Performance page in Seller Center', 'Orders in the last 90 days not read yet'],
  },
  {
    name: 'SPS shown, count not read', input: { readings: [r('2026-11-20', { sps: 4.1 })] }, status: 'eligible',
    why: 'a score exists only with ≥ 30 orders in 90 days',
    reasons: ['SPS 4.10 is 0.6 above the 3.5 minimum', 'The SPS is shown, so the shop has at least 30 orders in 90 days (count not read)'],
  },
  {
    name: 'readings out of order: the newest capture wins',
    input: { readings: [r('2026-11-20', { sps: 3.4, ordersLast90Days: 42 }), r('2026-11-10', { sps: 4.0, ordersLast90Days: 50 })] },
    status: 'ineligible', why: '11-20 is newer than 11-10',
    reasons: ['SPS 3.40 is 0.1 below the 3.5 minimum', '42 orders in 90 days, 12 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'a newer "not enough orders" replaces an older score',
    input: { readings: [r('2026-11-10', { sps: 4.0 }), r('2026-11-20', { sps: null, ordersLast90Days: 28 })] },
    status: 'ineligible', why: 'null = shown without a value',
    reasons: ['No SPS yet (it needs 30 orders in 90 days): not eligible until there is a score', '28 orders in 90 days, 2 short of the 30 minimum'],
  },
  {
    name: 'falling SPS projected below 3.5 within 14 days',
    input: { readings: [r('2026-11-08', { sps: 4.45, ordersLast90Days: 60 }), r('2026-11-15', { sps: 4.1 }), r('2026-11-22', { sps: 3.75 })] },
    status: 'at-risk', why: '−0.05/day, 3.75 is 0.25 above → 5 days after 11-22 = 11-27, within 14 days of 11-23',
    reasons: ['SPS 3.75 is 0.25 above the 3.5 minimum', 'At the current trend the SPS falls below 3.5 around 2026-11-27', '60 orders in 90 days, 30 above the 30 minimum', 'About 3 orders a week keep the 90-day count at 30 or more'],
  },
  {
    name: 'before its start date (dates edited)',
    input: { readings: [r('2026-11-20', { sps: 4.1, ordersLast90Days: 42 })], settings: { programs: { 'smart-promotion': { enabled: true, start: '2026-12-01' } } } },
    status: 'unknown', why: 'not running yet, so not eligible', reasons: ['Program starts 2026-12-01'],
  },
  {
    name: 'after its end date (dates edited)',
    input: { readings: [r('2026-11-20', { sps: 4.1, ordersLast90Days: 42 })], settings: { programs: { 'smart-promotion': { enabled: true, end: '2026-11-01' } } } },
    status: 'unknown', why: 'ended', reasons: ['Program period ended 2026-11-01; update the dates in options if it runs again'],
  },
  {
    name: 'a GB shop', input: { region: 'GB', currency: 'GBP', readings: [r('2026-11-20', { sps: 4.1, ordersLast90Days: 42, gmv: 50_000 }, ['2026-10-25', '2026-11-21'])] },
    status: 'unknown', why: 'US-only program: never eligible, never a USD amount', reasons: ['Not offered in GB: this program is for US shops'],
  },
];

const newstar: Case[] = [
  { name: 'no score yet qualifies', input: { readings: [r('2026-11-20', { sps: null, ordersLast90Days: 5 })] }, status: 'eligible', why: 'SPS ≥ 3.5 or no score', reasons: ['No SPS yet: shops without a score qualify', 'Program dates are an estimate'] },
  { name: 'SPS 3.5 exactly', input: { readings: [r('2026-11-20', { sps: 3.5 })] }, status: 'at-risk', why: 'eligible, 0 within margin', reasons: ['SPS 3.50 is exactly the 3.5 minimum', 'Program dates are an estimate'] },
  { name: 'SPS 3.2', input: { readings: [r('2026-11-20', { sps: 3.2 })] }, status: 'ineligible', why: 'scored and below 3.5', reasons: ['SPS 3.20 is 0.3 below the 3.5 minimum', 'Program dates are an estimate'] },
  { name: 'before 2025-10-01', input: { now: '2025-09-15T00:00:00Z', readings: [r('2025-09-14', { sps: 4.5 })] }, status: 'unknown', why: 'not started', reasons: ['Program starts 2025-10-01'] },
  { name: 'region not known', input: { region: undefined, readings: [r('2026-11-20', { sps: 4.5 })] }, status: 'eligible', why: 'evaluated, with a note', reasons: ['SPS 4.50 is 1 above the 3.5 minimum', 'Shop region not known; this program is for US shops', 'Program dates are an estimate'] },
];

describe.each([
  ['smart-promotion', smart],
  ['newstar', newstar],
])('%s', (id, cases) => {
  it.each(cases)('$name → $status ($why)', ({ input, status, reasons }) => {
    const p = program(id, input);
    expect(p.status).toBe(status);
    expect(p.reasons).toEqual(reasons);
    expect(p.details).toHaveLength(reasons.length);
  });
});

describe('seller estimates', () => {
  const gmv28 = r('2026-11-22', { sps: 4.1, ordersLast90Days: 42, gmv: 56_000 }, ['2026-10-25', '2026-11-21']);
  it('Smart Promotion fee: 56,000 over 28 days = 2,000/day → 60,000 per 30 days → 3.5% = 2,100, 4.5% = 2,700', () => {
    const p = program('smart-promotion', { readings: [gmv28] });
    expect(p.estimate).toMatchObject({ low: 2100, high: 2700, currency: 'USD' });
    expect(p.estimate?.basis).toBe('Fee 3.5%–4.5% (in campaigns) of $60,000 GMV per 30 days, from the GMV of 2026-10-25–2026-11-21 (28 days, scaled)');
  });
  it('fee rates are editable assumptions: 5% + 0% → 3,000', () => {
    const p = program('smart-promotion', { readings: [gmv28], settings: { assumptions: { 'smart-promotion': { feeRate: 0.05, campaignExtraRate: 0 } } } as never });
    expect(p.estimate).toMatchObject({ low: 3000, high: 3000 });
  });
  it('rounded outward to 2 significant figures: 1,050–1,350 shows as 1,000–1,400', () => {
    const p = program('smart-promotion', { readings: [{ ...gmv28, metrics: { ...gmv28.metrics, gmv: 28_000 } }] });
    expect(p.estimate).toMatchObject({ low: 1000, high: 1400 });
  });
  it('no fee estimate for an ineligible shop, nor in another currency', () => {
    expect(program('smart-promotion', { readings: [{ ...gmv28, metrics: { ...gmv28.metrics, sps: 3.0 } }] }).estimate).toBeUndefined();
    expect(program('smart-promotion', { currency: 'EUR', readings: [gmv28] }).estimate).toBeUndefined();
  });
  it('NewStar: cap only until products are entered (0–3,000); 200 products → min(4,000, 3,000) + 2 × 50', () => {
    expect(program('newstar', { readings: [gmv28] }).estimate).toMatchObject({ low: 0, high: 3000, currency: 'USD' });
    const p = program('newstar', { readings: [gmv28], settings: { assumptions: { newstar: { newProducts: 200, coldStartSuccesses: 2 } } } as never });
    expect(p.estimate).toMatchObject({ low: 100, high: 3100 });
  });
});
