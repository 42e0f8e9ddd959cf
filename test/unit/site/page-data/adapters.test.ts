// Every listed endpoint on a response shaped like Seller Center's: the figures a seller
// would see, fractions as fractions, "" as no score, other codes and other URLs as nothing.
import { describe, expect, it } from 'vitest';
import { readPageData } from '../../../../lib/site/page-data';
import { body, URLS } from './fixtures';

describe('readPageData: the SPS overview', () => {
  it('reads the score, the 90-day orders and 14 days of score history', () => {
    const f = readPageData(URLS.spsOverview, 'GET', body('sps-overview'));
    expect(f).toMatchObject({ endpoint: 'sps-overview', metrics: { sps: 3.62, ordersLast90Days: 41 }, period: null, currency: null });
    expect(f!.days).toHaveLength(14);
    expect(f!.days[0]).toEqual({ day: '2025-06-01', period: null, metrics: { sps: 3.95 } });
    expect(f!.days[13]).toEqual({ day: '2025-06-14', period: null, metrics: { sps: 3.62 } });
  });

  it('reads "" as no score yet (null), not as 0', () => {
    const f = readPageData(URLS.spsOverview, 'GET', body('sps-overview-no-score'));
    expect(f?.metrics).toEqual({ sps: null, ordersLast90Days: 12 });
    expect(f?.days).toEqual([]);
  });

  it('keeps days in order, one score a day, and drops days without a real date or score', () => {
    const list = [
      { date: '2025-06-03', score: '3.9' },
      { date: '2025-06-01', score: 4.1 },
      { date: '2025-06-02', score: '' },
      { date: '2025-02-30', score: '4.0' },
      { date: '2025-06-03', score: '3.8' },
      { date: '2025-06-04', score: '7.5' },
      { score: '3.0' },
      null,
    ];
    const f = readPageData(URLS.spsOverview, 'GET', { code: 0, data: { overview: { dailyScoreList: list } } });
    expect(f?.metrics).toEqual({});
    expect(f?.days.map((d) => [d.day, d.metrics.sps])).toEqual([
      ['2025-06-01', 4.1],
      ['2025-06-03', 3.8],
    ]);
  });
});

describe('readPageData: account health', () => {
  it('reads the Account Health Rating', () => {
    expect(readPageData(URLS.ahrScore, 'GET', body('ahr-score'))).toEqual({ endpoint: 'ahr-score', metrics: { ahr: 185 }, period: null, currency: null, days: [] });
  });

  it('reads violation points', () => {
    expect(readPageData(URLS.violationOverview, 'GET', body('violation-overview'))?.metrics).toEqual({ violationPoints: 6 });
  });

  it('reads late dispatch and seller-fault cancellation as fractions, and no other metric', () => {
    expect(readPageData(URLS.shopMetrics, 'POST', body('shop-metrics'))?.metrics).toEqual({ lateDispatchRate: 0.041, sellerCancellationRate: 0.0123 });
  });

  it('does not read a percentage-sized value as a fraction', () => {
    const b = { code: 0, data: { metric_groups: [{ metrics: [{ feature_code: 'late_dispatch_rate', value: '4.1' }] }] } };
    expect(readPageData(URLS.shopMetrics, 'POST', b)).toBeNull();
  });
});

describe('readPageData: Data Compass stats', () => {
  it("reads the 'all' segment's figures with its period (end exclusive) and currency", () => {
    const f = readPageData(URLS.shopStats, 'GET', body('shop-stats'));
    expect(f).toMatchObject({
      endpoint: 'shop-stats',
      metrics: { gmv: 454.36, orders: 19, unitsSold: 24, visitors: 1002, conversionRate: 0.019 },
      period: { start: '2025-06-01', end: '2025-06-07' },
      currency: 'USD',
    });
  });

  it("reads the '1D' entries as one day each", () => {
    const f = readPageData(URLS.shopStats, 'GET', body('shop-stats'));
    expect(f!.days).toHaveLength(7);
    expect(f!.days[0]).toEqual({
      day: '2025-06-01',
      period: { start: '2025-06-01', end: '2025-06-01' },
      metrics: { gmv: 46.71, orders: 2, unitsSold: 3, visitors: 119, conversionRate: 0.0168 },
    });
    expect(f!.days[2]!.metrics.gmv).toBe(0); // a day with no sales shows 0: the page showed it
  });

  it('takes the latest entry of the all segment and skips entries whose end is not after their start', () => {
    const entry = (start: string, end: string, amount: string) => ({ start, end, stats: { revenue: { amount } } });
    const b = { code: 0, data: { segments: [{ time_descriptor: { granularity: 'all' }, timed_stats: [entry('2025-05-01', '2025-05-08', '10'), entry('2025-06-01', '2025-06-08', '20'), entry('2025-07-01', '2025-07-01', '30')] }] } };
    expect(readPageData(URLS.shopStats, 'GET', b)).toMatchObject({ metrics: { gmv: 20 }, period: { start: '2025-06-01', end: '2025-06-07' }, currency: null });
  });
});

describe('readPageData: nothing when there is nothing', () => {
  it.each([
    ['not logged in (98001002)', URLS.spsOverview, 'GET', body('not-logged-in')],
    ['code as another number', URLS.ahrScore, 'GET', { code: 1, data: { score: 100 } }],
    ['no code at all', URLS.ahrScore, 'GET', { data: { score: 100 } }],
    ['data missing', URLS.ahrScore, 'GET', { code: 0, message: 'success' }],
    ['a body that is not an object', URLS.ahrScore, 'GET', 'score: 100'],
    ['an endpoint not listed', 'https://seller-us.tiktok.com/api/v1/seller/other', 'GET', { code: 0, data: { score: 100 } }],
    ['a listed path with another method', URLS.ahrScore, 'POST', body('ahr-score')],
    ['a listed path under another prefix', 'https://seller-us.tiktok.com/x/api/v1/account/ahr/score', 'GET', body('ahr-score')],
    ['not a URL', 'not a url', 'GET', body('ahr-score')],
    ['figures out of range', URLS.ahrScore, 'GET', { code: 0, data: { score: 1200 } }],
    ['a score written with a unit', URLS.ahrScore, 'GET', { code: 0, data: { score: '185 pts' } }],
  ])('%s', (_name, url, method, b) => {
    expect(readPageData(url, method, b)).toBeNull();
  });

  it('accepts "0" as the success code and a lowercase method', () => {
    expect(readPageData(URLS.ahrScore, 'get', { code: '0', data: { score: '200' } })?.metrics).toEqual({ ahr: 200 });
  });

  it('ignores properties a page put on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.overview = { score: '5' };
    try {
      expect(readPageData(URLS.spsOverview, 'GET', { code: 0, data: {} })).toBeNull();
    } finally {
      delete proto.overview;
    }
  });
});
