import { describe, expect, it } from 'vitest';
import { assess, type AssessInput, type Warning } from '../../../lib/rules';
import { daily, NOW, r } from './helpers';

const warnings = (input: Partial<AssessInput>) => assess({ now: NOW, region: 'US', readings: [], ...input }).warnings;
const brief = (w: Warning) => [w.code, w.severity, w.metric, w.value, w.threshold, w.eta];

const video = (values: number[]) => daily('gmvVideo', values.map((v, i): [string, number] => [`2026-11-${String(8 + i).padStart(2, '0')}`, v]));

type Case = { name: string; input: Partial<AssessInput>; want: Array<ReturnType<typeof brief>>; why: string };

const cases: Case[] = [
  { name: 'healthy shop', input: { readings: [r('2026-11-20', { sps: 4.5, ordersLast90Days: 80, ahr: 200 })] }, want: [], why: 'all far from limits' },
  { name: 'SPS below', input: { readings: [r('2026-11-20', { sps: 3.4, ordersLast90Days: 80 })] }, want: [['sps-below-threshold', 'critical', 'sps', 3.4, 3.5, undefined]], why: '3.4 < 3.5' },
  { name: 'SPS near', input: { readings: [r('2026-11-20', { sps: 3.6, ordersLast90Days: 80 })] }, want: [['sps-near-threshold', 'warning', 'sps', 3.6, 3.5, undefined]], why: '0.1 ≤ 0.2' },
  { name: 'SPS margin edited to 0.05', input: { settings: { margins: { sps: 0.05 } } as never, readings: [r('2026-11-20', { sps: 3.6, ordersLast90Days: 80 })] }, want: [], why: '0.1 > 0.05' },
  {
    name: 'no score, 12 orders', input: { readings: [r('2026-11-20', { sps: null, ordersLast90Days: 12 })] },
    want: [['sps-no-score', 'info', 'sps', null, 3.5, undefined], ['orders90-below-threshold', 'warning', 'ordersLast90Days', 12, 30, undefined]], why: 'no score is not a low score',
  },
  { name: 'orders exactly 30', input: { readings: [r('2026-11-20', { sps: 4.5, ordersLast90Days: 30 })] }, want: [['orders90-near-threshold', 'warning', 'ordersLast90Days', 30, 30, undefined]], why: '0 ≤ 5' },
  { name: 'orders 36', input: { readings: [r('2026-11-20', { sps: 4.5, ordersLast90Days: 36 })] }, want: [], why: '6 > 5' },
  {
    name: 'orders 40 running out on 11-23 (10 orders of 08-25 leave)',
    input: { readings: [r('2026-11-20', { sps: 4.5, ordersLast90Days: 40 }), ...daily('orders', [['2026-08-25', 15], ['2026-10-01', 10], ['2026-11-15', 15]])] },
    want: [['orders90-running-out', 'warning', 'ordersLast90Days', 40, 30, '2026-11-23']], why: '40 − 15 = 25 < 30 on 08-25 + 90',
  },
  {
    name: 'SPS falling, not yet near', input: { readings: [r('2026-11-08', { sps: 4.45 }), r('2026-11-15', { sps: 4.1 }), r('2026-11-22', { sps: 3.75 })] },
    want: [['sps-trending-down', 'warning', 'sps', 3.75, 3.5, '2026-11-27']], why: '−0.05/day → 11-27, within 14 days so warning',
  },
  {
    name: 'SPS below but recovering', input: { readings: [r('2026-11-06', { sps: 3.2 }), r('2026-11-13', { sps: 3.27 }), r('2026-11-20', { sps: 3.34 })] },
    want: [['sps-below-threshold', 'critical', 'sps', 3.34, 3.5, '2026-12-06']], why: '+0.01/day, 0.16 short → 16 days',
  },
  { name: 'AHR 176', input: { readings: [r('2026-11-20', { ahr: 176 })] }, want: [], why: '26 above 150 > 25 margin' },
  { name: 'AHR 170', input: { readings: [r('2026-11-20', { ahr: 170 })] }, want: [['ahr-near-milestone', 'warning', 'ahr', 170, 150, undefined]], why: '20 ≤ 25 above 150' },
  {
    name: 'AHR 120', input: { readings: [r('2026-11-20', { ahr: 120 })] },
    want: [['ahr-below-milestone', 'critical', 'ahr', 120, 150, undefined], ['ahr-near-milestone', 'warning', 'ahr', 120, 100, undefined]], why: '≤ 150: 7-day restriction; 20 above 100',
  },
  {
    name: 'AHR 10', input: { readings: [r('2026-11-20', { ahr: 10 })] },
    want: [['ahr-below-milestone', 'critical', 'ahr', 10, 50, undefined], ['ahr-near-milestone', 'critical', 'ahr', 10, 0, undefined]], why: 'next is deactivation',
  },
  {
    name: 'AHR falling 40 a week', input: { readings: [r('2026-11-06', { ahr: 300 }), r('2026-11-13', { ahr: 260 }), r('2026-11-20', { ahr: 220 })] },
    want: [['ahr-trending-down', 'warning', 'ahr', 220, 150, '2026-12-02']], why: '70 above 150 at 40/7 a day = 12.25 days after 11-20 noon = 12-02 18:00',
  },
  {
    name: 'product card 75% of GMV', input: { readings: [r('2026-11-20', { gmv: 10_000, gmvProductCard: 7_500 }, ['2026-11-14', '2026-11-20'])] },
    want: [['channel-concentration', 'warning', 'gmvProductCard', 0.75, 0.7, undefined]], why: '0.75 > 0.7',
  },
  { name: 'product card exactly 70%', input: { readings: [r('2026-11-20', { gmv: 10_000, gmvProductCard: 7_000 })] }, want: [], why: 'not above 0.7' },
  {
    name: 'product card share from the splits', input: { readings: [r('2026-11-20', { gmvLive: 1_000, gmvVideo: 1_000, gmvProductCard: 8_000 })] },
    want: [['channel-concentration', 'warning', 'gmvProductCard', 0.8, 0.7, undefined]], why: '8,000 / 10,000',
  },
  {
    name: 'video GMV: one day at 6× the other 13', input: { readings: video([100, 100, 100, 100, 100, 100, 600, 100, 100, 100, 100, 100, 100, 100]) },
    want: [['channel-concentration', 'warning', 'gmvVideo', 0.949, 0.6, undefined]], why: 'mean 135.71, population sd 128.77 → CV 0.949',
  },
  { name: 'video GMV steady (80/120)', input: { readings: video([80, 120, 80, 120, 80, 120, 80, 120, 80, 120, 80, 120, 80, 120]) }, want: [], why: 'CV 0.2' },
  { name: 'video GMV: only 6 days', input: { readings: video([100, 600, 100, 100, 100, 100]) }, want: [], why: 'fewer than 7 daily values' },
  {
    name: 'CV limit edited to 1.0', input: { settings: { channel: { videoCvMax: 1 } } as never, readings: video([100, 100, 100, 100, 100, 100, 600, 100, 100, 100, 100, 100, 100, 100]) },
    want: [], why: '0.949 ≤ 1',
  },
];

describe('warnings', () => {
  it.each(cases)('$name ($why)', ({ input, want }) => {
    expect(warnings(input).map(brief)).toEqual(want);
  });

  it('carry a sentence, advice, params and the capture time', () => {
    const [w] = warnings({ readings: [r('2026-11-20', { gmv: 10_000, gmvProductCard: 7_500 })] });
    expect(w).toMatchObject({
      message: 'The product card brings 75% of GMV (limit 70%)',
      advice: 'Sales lean on the product card: build one steady short-video channel before stocking up.',
      params: { kind: 'product-card-share', value: 0.75, threshold: 0.7 },
      readAt: '2026-11-20T12:00:00Z',
    });
    const [near] = warnings({ readings: [r('2026-11-20', { sps: 3.62, ordersLast90Days: 80 })] });
    expect(near?.message).toBe('SPS 3.62 is only 0.12 above 3.5');
  });

  it('a GB shop still gets its SPS warnings (they are not program-bound)', () => {
    expect(warnings({ region: 'GB', readings: [r('2026-11-20', { sps: 3.4 })] }).map((w) => w.code)).toEqual(['sps-below-threshold']);
  });
});
