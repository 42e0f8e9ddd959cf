import { describe, expect, it } from 'vitest';
import { crossingEta, median, theilSen, trend } from '../../../lib/rules/forecast';
import { cleanReadings, dailySeries } from '../../../lib/rules/latest';
import { r } from './helpers';

const OPTS = { windowDays: 60, minReadings: 3, minSpanDays: 7 };
const NOW_MS = Date.parse('2026-11-23T12:00:00Z');
const spsPoints = (rows: Array<[string, number]>) => dailySeries(cleanReadings(rows.map(([d, v]) => r(d, { sps: v }))), 'sps');

describe('median and Theil–Sen', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], Number.NaN],
  ])('median(%j) = %s', (xs, want) => expect(median(xs)).toBe(want));

  it('ignores one odd point among five (pairs through it split to both tails)', () => {
    // y = 4.2 − 0.01x with y(14) replaced by 2.0: the 4 slopes through it are −0.304, −0.157, +0.137, +0.284,
    // the 6 clean slopes are −0.01, so the median (5th, 6th of 10) is −0.01 and the median residual 4.2.
    const line = theilSen([{ x: 0, y: 4.2 }, { x: 7, y: 4.13 }, { x: 14, y: 2.0 }, { x: 21, y: 3.99 }, { x: 28, y: 3.92 }]);
    expect(line?.slope).toBeCloseTo(-0.01, 10);
    expect(line?.intercept).toBeCloseTo(4.2, 10);
  });

  it('returns null without two distinct x', () => expect(theilSen([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toBeNull());
});

describe('trend and eta of crossing', () => {
  const cases: Array<{ name: string; rows: Array<[string, number]>; threshold: number; dir: 'down' | 'up'; eta: string | undefined; why: string }> = [
    {
      name: 'steady fall', rows: [['2026-11-06', 4.0], ['2026-11-13', 3.93], ['2026-11-20', 3.86]], threshold: 3.5, dir: 'down',
      eta: '2026-12-26', why: '−0.01/day; 3.86 − 3.5 = 0.36 → 36 days after 2026-11-20',
    },
    {
      name: 'readings out of order give the same line', rows: [['2026-11-20', 3.86], ['2026-11-06', 4.0], ['2026-11-13', 3.93]], threshold: 3.5, dir: 'down',
      eta: '2026-12-26', why: 'order of input does not matter',
    },
    {
      name: 'one odd reading among five', rows: [['2026-10-20', 4.2], ['2026-10-27', 4.13], ['2026-11-03', 2.0], ['2026-11-10', 3.99], ['2026-11-17', 3.92]],
      threshold: 3.5, dir: 'down', eta: '2026-12-29', why: 'robust line 4.2 − 0.01·d; fitted 3.92 on 11-17, 42 days to 3.5 (least squares would say days)',
    },
    {
      name: 'a gap of weeks', rows: [['2026-10-01', 4.0], ['2026-10-02', 3.99], ['2026-10-31', 3.7]], threshold: 3.5, dir: 'down',
      eta: '2026-11-20', why: 'all three pairwise slopes are −0.01; 0.2 above → 20 days after 10-31 (already past today: the line crossed)',
    },
    {
      name: 'only two readings', rows: [['2026-11-01', 4.0], ['2026-11-20', 3.6]], threshold: 3.5, dir: 'down',
      eta: undefined, why: 'fewer than 3 readings: no forecast',
    },
    {
      name: 'one reading', rows: [['2026-11-20', 3.6]], threshold: 3.5, dir: 'down', eta: undefined, why: 'no forecast',
    },
    {
      name: 'three readings within 6 days', rows: [['2026-11-14', 4.0], ['2026-11-17', 3.8], ['2026-11-20', 3.6]], threshold: 3.5, dir: 'down',
      eta: undefined, why: 'span 6 days < 7',
    },
    {
      name: 'rising towards 3.5', rows: [['2026-11-06', 3.2], ['2026-11-13', 3.27], ['2026-11-20', 3.34]], threshold: 3.5, dir: 'up',
      eta: '2026-12-06', why: '+0.01/day; 0.16 short → 16 days after 11-20 (November has 30 days)',
    },
    {
      name: 'rising shop never crosses down', rows: [['2026-11-06', 3.6], ['2026-11-13', 3.7], ['2026-11-20', 3.8]], threshold: 3.5, dir: 'down',
      eta: undefined, why: 'slope is up',
    },
    {
      name: 'beyond the 90-day horizon', rows: [['2026-11-06', 4.9], ['2026-11-13', 4.893], ['2026-11-20', 4.886]], threshold: 3.5, dir: 'down',
      eta: undefined, why: '−0.001/day: 1.386 above → 1386 days, past the horizon',
    },
  ];
  it.each(cases)('$name → $eta ($why)', ({ rows, threshold, dir, eta }) => {
    expect(crossingEta(trend(spsPoints(rows), OPTS), threshold, dir, NOW_MS, 90)).toBe(eta);
  });

  it('uses one point per day (the day’s last reading) and only the window before the newest point', () => {
    const pts = spsPoints([['2026-06-01', 1.0], ['2026-11-06', 4.0], ['2026-11-13', 3.93], ['2026-11-20', 3.86]]);
    const tr = trend(pts, OPTS);
    expect(tr?.readings).toBe(3); // the June reading is outside the 60-day window
    expect(tr?.slopePerDay).toBeCloseTo(-0.01, 10);
  });
});
