// One reading per page visit: labels and page data merged, the data winning; what the
// labels showed is kept for the background's check (agree.ts), which tolerates rounding.
import { describe, expect, it } from 'vitest';
import type { PageReading } from '../../../../lib/site';
import { agreesWithinRounding, disagreementsOf, displayStep } from '../../../../lib/site/page-data/agree';
import { mergePageData } from '../../../../lib/site/page-data/merge';
import type { PageDataFigures } from '../../../../lib/site/page-data';

const label = (over: Partial<PageReading> = {}): PageReading => ({
  page: 'shop-score',
  region: 'US',
  shopId: '7495',
  currency: null,
  period: null,
  metrics: {},
  missing: ['sps', 'ordersLast90Days'],
  ...over,
});
const figures = (over: Partial<PageDataFigures> = {}): PageDataFigures => ({
  endpoint: 'sps-overview',
  metrics: { sps: 3.62, ordersLast90Days: 41 },
  period: null,
  currency: null,
  days: [],
  ...over,
});

describe('mergePageData', () => {
  it('turns a page with no label text (a canvas) into a reading from its data', () => {
    const m = mergePageData(label(), [figures()]);
    expect(m.reading).toMatchObject({ page: 'shop-score', region: 'US', shopId: '7495', metrics: { sps: 3.62, ordersLast90Days: 41 }, missing: [] });
    expect(m.fromData).toEqual(['sps', 'ordersLast90Days']);
    expect(m.labels).toEqual({});
  });

  it("lets the data win and keeps what the labels showed for the background's check", () => {
    const m = mergePageData(label({ metrics: { sps: 3.2, ordersLast90Days: 41, negativeReviewRate: 0.01 } }), [figures()]);
    expect(m.reading.metrics).toEqual({ sps: 3.62, ordersLast90Days: 41, negativeReviewRate: 0.01 });
    expect(m.labels).toEqual({ sps: 3.2, ordersLast90Days: 41 });
  });

  it("takes the data's period and currency, and adds figures of other endpoints", () => {
    const stats = figures({ endpoint: 'shop-stats', metrics: { gmv: 454.36 }, period: { start: '2025-06-01', end: '2025-06-07' }, currency: 'USD' });
    const m = mergePageData(label({ page: 'analytics', period: { start: '2025-06-01', end: '2025-06-30' }, metrics: { gmvLive: 10 }, missing: ['gmv'] }), [stats, figures({ endpoint: 'ahr-score', metrics: { ahr: 180 } })]);
    expect(m.reading).toMatchObject({ period: { start: '2025-06-01', end: '2025-06-07' }, currency: 'USD', metrics: { gmvLive: 10, gmv: 454.36, ahr: 180 }, missing: [] });
  });

  it('returns the label reading itself when there is no data, and passes the history on', () => {
    const l = label({ metrics: { sps: 4 } });
    expect(mergePageData(l, []).reading).toBe(l);
    const days = [{ day: '2025-06-01', period: null, metrics: { sps: 4 } }];
    const m = mergePageData(l, [figures({ metrics: {}, days })]);
    expect(m.reading).toBe(l);
    expect(m.days).toEqual(days);
  });
});

describe('agreement within rounding', () => {
  it.each([
    [1200, 100],
    [58747, 1],
    [3.62, 0.01],
    [48.35, 0.01],
    [0.5, 0.1],
    [0, 1],
    [1e-7, 1e-7],
  ])('the last digit of %s is worth %s', (shown, step) => {
    expect(displayStep(shown)).toBeCloseTo(step, 12);
  });

  it.each<[Parameters<typeof agreesWithinRounding>, boolean]>([
    [['visitors', 1200, 1234], true], // "1.2K"
    [['visitors', 1200, 1260], false],
    [['sps', 3.6, 3.62], true], // "3.6"
    [['sps', 3.62, 3.2], false],
    [['gmv', 48.35, 48.3512], true],
    [['conversionRate', 0.0523, 0.05234], true], // "5.23%"
    [['conversionRate', 0.052, 0.0523], true], // "5.2%"
    [['conversionRate', 0.05, 0.0523], true], // "5%"
    [['conversionRate', 0.0523, 0.0623], false],
    [['conversionRate', 0, 0.003], true], // "0%"
    [['conversionRate', 0, 0.3], false],
    [['sps', null, null], true],
    [['sps', null, 3.62], false],
    [['sps', 3.62, null], false],
  ])('%j → %s', (args, agrees) => {
    expect(agreesWithinRounding(...args)).toBe(agrees);
  });

  it('lists only the metrics that differ beyond rounding', () => {
    expect(disagreementsOf({ sps: 3.2, ordersLast90Days: 41, ahr: null }, { sps: 3.62, ordersLast90Days: 41, ahr: 180 })).toEqual([
      { metric: 'sps', label: 3.2, data: 3.62 },
      { metric: 'ahr', label: null, data: 180 },
    ]);
  });
});
