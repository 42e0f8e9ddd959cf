// The background's side of the page-data channel: the source of a reading, the label
// checks kept for the options page, and history backfilled from the page's data feeding
// the popup's chart and the SPS trend forecast on the first day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistory, type History } from '../../../lib/history';
import type { BackfillMessage } from '../../../lib/messaging/page-data';
import type { CapturedReading } from '../../../lib/messaging/protocol';
import { DEFAULT_PREFS } from '../../../lib/prefs/schema';
import { backfillReadings } from '../../../lib/worker/backfill';
import type { ShopCharts } from '../../../lib/worker/charts';
import { historyHandle } from '../../../lib/worker/history-handle';
import { memoryKeyValue } from '../../../lib/worker/kv';
import type { PageDataCheck } from '../../../lib/worker/page-data-checks';
import { createRoutes } from '../../../lib/worker/routes';
import type { ShopStatus } from '../../../lib/worker/status';

const sender = {};
const NOW = '2025-06-14T10:00:00.000Z';
let history: History;
let n = 0;
beforeEach(async () => (history = await openHistory({ name: `page-data-routes-${n++}` })));
afterEach(() => history.close());

function setup() {
  const kv = memoryKeyValue();
  const changed: Array<string | readonly string[] | undefined> = [];
  const routes = createRoutes({
    history: historyHandle(async () => history),
    now: () => new Date(NOW),
    kv,
    prefs: { load: async () => DEFAULT_PREFS, save: async () => DEFAULT_PREFS },
    afterChange: async (key) => void changed.push(key),
  });
  return { routes, kv, changed };
}

const captured = (metrics: CapturedReading['metrics']): CapturedReading => ({
  page: 'shop-score',
  region: 'US',
  shopId: '42',
  currency: null,
  period: null,
  metrics,
  missing: [],
  path: '/health-center/experience-score',
});

/** 14 days of SPS falling 0.025 a day, ending today at 3.62. */
const fallingScores = Array.from({ length: 14 }, (_, i) => ({
  day: `2025-06-${String(i + 1).padStart(2, '0')}`,
  period: null,
  metrics: { sps: Math.round((3.945 - 0.025 * i) * 1000) / 1000 },
}));
const backfill = (days: BackfillMessage['days']): BackfillMessage => ({
  type: 'reading/backfill',
  shop: { region: 'US', shopId: '42' },
  page: 'shop-score',
  path: '/health-center/experience-score',
  currency: 'USD',
  days,
});

describe('reading/captured with page data', () => {
  it("marks a reading made only of the page's data as page-data", async () => {
    const { routes } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: captured({ sps: 3.62, ordersLast90Days: 41 }), pageData: { fromData: ['sps', 'ordersLast90Days'], labels: {} } }, sender);
    expect((await history.readings('US:42')).map((r) => r.source)).toEqual(['page-data']);
  });

  it('keeps "page" when the labels showed anything, and notes where they disagreed', async () => {
    const { routes, kv } = setup();
    const pageData = { fromData: ['sps' as const, 'ordersLast90Days' as const], labels: { sps: 3.2, ordersLast90Days: 41 } };
    await routes['reading/captured']({ type: 'reading/captured', reading: captured({ sps: 3.62, ordersLast90Days: 41 }), pageData }, sender);
    expect((await history.readings('US:42')).map((r) => [r.source, r.metrics.sps])).toEqual([['page', 3.62]]);
    const checks = (await routes['page-data/checks']({ type: 'page-data/checks' }, sender)) as PageDataCheck[];
    expect(checks).toEqual([{ shopKey: 'US:42', page: 'shop-score', path: '/health-center/experience-score', metric: 'sps', label: 3.2, data: 3.62, at: NOW }]);

    // The same disagreement again replaces the entry; "Clear all data" removes them.
    await routes['reading/captured']({ type: 'reading/captured', reading: captured({ sps: 3.62, ordersLast90Days: 41 }), pageData: { ...pageData, labels: { sps: 3.1 } } }, sender);
    expect(((await routes['page-data/checks']({ type: 'page-data/checks' }, sender)) as PageDataCheck[]).map((c) => c.label)).toEqual([3.1]);
    await routes['history/clear']({ type: 'history/clear' }, sender);
    expect(await kv.get('page-data-checks')).toBeUndefined();
  });

  it('notes nothing when the labels agree within rounding', async () => {
    const { routes } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: captured({ sps: 3.62 }), pageData: { fromData: ['sps'], labels: { sps: 3.6 } } }, sender);
    expect(await routes['page-data/checks']({ type: 'page-data/checks' }, sender)).toEqual([]);
  });
});

describe('reading/backfill', () => {
  it('gives a first install 14 days of SPS chart and a trend forecast', async () => {
    const { routes, changed } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: captured({ sps: 3.62, ordersLast90Days: 41 }), pageData: { fromData: ['sps', 'ordersLast90Days'], labels: {} } }, sender);
    const spsWarning = async () =>
      ((await routes['shop/status']({ type: 'shop/status', shopKey: 'US:42' }, sender)) as ShopStatus).assessment.warnings.find((w) => w.metric === 'sps');
    // One reading: near the threshold, but no trend to date a crossing.
    expect(await spsWarning()).toMatchObject({ code: 'sps-near-threshold' });
    expect((await spsWarning())?.eta).toBeUndefined();
    await expect(routes['reading/backfill'](backfill(fallingScores), sender)).resolves.toEqual({ stored: 13, skipped: 1 }); // today is the page's own reading
    expect(changed).toEqual(['US:42', 'US:42']);

    const charts = (await routes['shop/charts']({ type: 'shop/charts', shopKey: 'US:42' }, sender)) as ShopCharts;
    expect(charts.sps).toHaveLength(14);
    expect(charts.sps!.at(-1)).toMatchObject({ day: '2025-06-14', value: 3.62 });

    // 14 days falling 0.025 a day, 0.12 above 3.5: the crossing is dated about 5 days out.
    const trend = await spsWarning();
    expect(trend).toMatchObject({ code: 'sps-near-threshold', threshold: 3.5 });
    expect(trend?.eta).toMatch(/^2025-06-(1[5-9]|2[0-2])$/);
  });

  it('stores nothing twice and reports nothing changed', async () => {
    const { routes, changed } = setup();
    await routes['reading/backfill'](backfill(fallingScores), sender);
    changed.length = 0;
    await expect(routes['reading/backfill'](backfill(fallingScores), sender)).resolves.toEqual({ stored: 0, skipped: 14 });
    expect(changed).toEqual([]);
  });
});

describe('backfillReadings', () => {
  const sales = (day: string) => ({ day, period: { start: day, end: day }, metrics: { gmv: 10, orders: 1 } });

  it('stamps each day 00:00 UTC, with the currency only where there is money', () => {
    const [score, day] = backfillReadings(backfill([fallingScores[0]!, sales('2025-06-01')]), new Date(NOW));
    expect(score).toMatchObject({ capturedAt: '2025-06-01T00:00:00.000Z', currency: null, source: 'page-data', period: null });
    expect(day).toMatchObject({ capturedAt: '2025-06-01T00:00:00.000Z', currency: 'USD', period: { start: '2025-06-01', end: '2025-06-01' } });
  });

  it("leaves out days whose sales may still change (not over everywhere) and scores from the future", () => {
    const kept = backfillReadings(backfill([sales('2025-06-11'), sales('2025-06-12'), sales('2025-06-13'), { day: '2025-06-14', period: null, metrics: { sps: 3 } }, { day: '2025-06-15', period: null, metrics: { sps: 3 } }]), new Date(NOW));
    expect(kept.map((r) => r.capturedAt.slice(0, 10))).toEqual(['2025-06-11', '2025-06-12', '2025-06-14']);
  });
});
