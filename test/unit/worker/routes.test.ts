import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistory, type History } from '../../../lib/history';
import type { CapturedReading } from '../../../lib/messaging/protocol';
import { DEFAULT_PREFS, type Prefs } from '../../../lib/prefs/schema';
import { historyHandle } from '../../../lib/worker/history-handle';
import { memoryKeyValue } from '../../../lib/worker/kv';
import { createRoutes } from '../../../lib/worker/routes';
import type { ShopCharts } from '../../../lib/worker/charts';
import type { PopupView } from '../../../lib/worker/popup-view';
import type { ShopList, ShopStatus } from '../../../lib/worker/status';

const sender = {};
const score = (sps: number | null, orders: number): CapturedReading => ({
  page: 'shop-score',
  region: 'US',
  shopId: '42',
  currency: null,
  period: null,
  metrics: { sps, ordersLast90Days: orders },
  missing: [],
  path: '/health-center/experience-score',
});

let history: History;
let dbName: string;
let n = 0;

function setup(now = '2026-11-23T10:00:00.000Z') {
  let prefs: Prefs = DEFAULT_PREFS;
  const changed: Array<string | readonly string[] | undefined> = [];
  const kv = memoryKeyValue();
  let clock = new Date(now);
  const routes = createRoutes({
    history: historyHandle(async () => history),
    now: () => clock,
    kv,
    prefs: { load: async () => prefs, save: async (c) => (prefs = { ...prefs, ...c }) },
    afterChange: async (key) => void changed.push(key),
  });
  return { routes, changed, kv, tick: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

beforeEach(async () => {
  dbName = `routes-${n++}`;
  history = await openHistory({ name: dbName });
});
afterEach(() => history.close());

describe('background routes', () => {
  it('stores a captured reading, tells the checks, and shows it in the shop list', async () => {
    const { routes, changed } = setup();
    await expect(routes['reading/captured']({ type: 'reading/captured', reading: score(3.62, 41) }, sender)).resolves.toMatchObject({ status: 'stored' });
    expect(changed).toEqual(['US:42']);
    const list = (await routes['shops/list']({ type: 'shops/list' }, sender)) as ShopList;
    expect(list.shops.map((s) => s.key)).toEqual(['US:42']);
    const status = (await routes['shop/status']({ type: 'shop/status', shopKey: 'US:42' }, sender)) as ShopStatus;
    expect(status.latest.sps?.value).toBe(3.62);
  });

  it('never stores a reading with nothing in it', async () => {
    const { routes } = setup();
    const empty = { ...score(null, 0), metrics: {} };
    await expect(routes['reading/captured']({ type: 'reading/captured', reading: empty }, sender)).resolves.toEqual({ status: 'empty' });
    expect((await history.stats()).readings).toBe(0);
  });

  it('keeps a "could not read" report until that page is read again', async () => {
    const { routes } = setup();
    const unreadable = { ...score(null, 0), metrics: {}, missing: ['sps' as const, 'ordersLast90Days' as const] };
    await routes['page/unreadable']({ type: 'page/unreadable', reading: unreadable }, sender);
    let list = (await routes['shops/list']({ type: 'shops/list' }, sender)) as ShopList;
    expect(list.unreadable).toEqual([expect.objectContaining({ shopKey: 'US:42', page: 'shop-score', missing: ['sps', 'ordersLast90Days'] })]);
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.9, 60) }, sender);
    list = (await routes['shops/list']({ type: 'shops/list' }, sender)) as ShopList;
    expect(list.unreadable).toEqual([]);
  });

  it('reports a page read in part (its rates, not the SPS it shows), until the page is read whole', async () => {
    const { routes } = setup();
    const partial = { ...score(null, 0), metrics: { negativeReviewRate: 0.01 }, missing: ['sps' as const] };
    await expect(routes['reading/captured']({ type: 'reading/captured', reading: partial }, sender)).resolves.toMatchObject({ status: 'stored' });
    let list = (await routes['shops/list']({ type: 'shops/list' }, sender)) as ShopList;
    expect(list.unreadable).toEqual([expect.objectContaining({ shopKey: 'US:42', page: 'shop-score', path: '/health-center/experience-score', missing: ['sps'] })]);
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.9, 60) }, sender);
    list = (await routes['shops/list']({ type: 'shops/list' }, sender)) as ShopList;
    expect(list.unreadable).toEqual([]);
  });

  it('stores figures typed by hand for a shop that only a page it could not read has named', async () => {
    const { routes } = setup();
    await routes['reading/manual']({ type: 'reading/manual', reading: { shopKey: 'GB:77', shop: { region: 'GB', shopId: '77' }, metrics: { ahr: 640 } } }, sender);
    expect((await history.readings('GB:77')).map((r) => [r.source, r.metrics.ahr])).toEqual([['manual', 640]]);
    // The page's shop must be the one the key names.
    await expect(
      routes['reading/manual']({ type: 'reading/manual', reading: { shopKey: 'GB:78', shop: { region: 'GB', shopId: '77' }, metrics: { ahr: 1 } } }, sender),
    ).rejects.toThrow(/not in the history/);
  });

  it("opens the page-sample page for the panel's own tab", async () => {
    const opened: Array<[string, number | undefined]> = [];
    const routes = createRoutes({
      history: historyHandle(async () => history),
      now: () => new Date(),
      kv: memoryKeyValue(),
      prefs: { load: async () => DEFAULT_PREFS, save: async () => DEFAULT_PREFS },
      openTab: async (path, opener) => void opened.push([path, opener]),
    });
    await routes['sample/open']({ type: 'sample/open', section: 'manual' }, { tab: { id: 12 } });
    await routes['sample/open']({ type: 'sample/open', section: 'sample' }, { tab: { id: 12 } });
    expect(opened).toEqual([
      ['/sample.html?tab=12#manual', 12],
      ['/sample.html?tab=12', 12],
    ]);
    await expect(routes['sample/open']({ type: 'sample/open', section: 'sample' }, {})).rejects.toThrow(/Seller Center tab/);
  });

  it('stores figures typed by hand as a manual reading of a known shop', async () => {
    const { routes, tick } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.9, 60) }, sender);
    tick(60_000);
    await routes['reading/manual']({ type: 'reading/manual', reading: { shopKey: 'US:42', metrics: { sps: 3.4 } } }, sender);
    const rows = await history.readings('US:42');
    expect(rows.map((r) => [r.source, r.metrics.sps])).toEqual([
      ['page', 3.9],
      ['manual', 3.4],
    ]);
    await expect(
      routes['reading/manual']({ type: 'reading/manual', reading: { shopKey: 'GB:nope', metrics: { sps: 3 } } }, sender),
    ).rejects.toThrow(/not in the history/);
  });

  it("assesses the shop's status with its programs and warnings", async () => {
    const { routes } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.4, 41) }, sender);
    const status = (await routes['shop/status']({ type: 'shop/status', shopKey: 'US:42' }, sender)) as ShopStatus;
    expect(status.assessment.warnings.map((w) => w.code)).toContain('sps-below-threshold');
    expect(status.assessment.programs.find((p) => p.id === 'smart-promotion')?.status).toBe('ineligible');
    await expect(routes['shop/status']({ type: 'shop/status', shopKey: 'XX:none' }, sender)).resolves.toBeNull();
  });

  it('exports, clears and imports the same readings back', async () => {
    const { routes, tick, kv } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.9, 60) }, sender);
    tick(3_600_000);
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.8, 58) }, sender);
    const file = (await routes['history/export']({ type: 'history/export', format: 'json' }, sender)) as { text: string; filename: string };
    expect(file.filename).toMatch(/^shop-pulse-history-2026-11-23\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'shop-pulse-history', version: 1 });
    await kv.set('check:US:42', { notify: { seen: {}, sent: {} }, worst: 'none' });
    await kv.set('overlayCollapsed', true);
    await routes['history/clear']({ type: 'history/clear' }, sender);
    expect((await history.stats()).readings).toBe(0);
    expect(await kv.get('check:US:42')).toBeUndefined(); // nothing that names a shop is left
    expect(await kv.get('overlayCollapsed')).toBe(true);
    await expect(routes['history/import']({ type: 'history/import', text: file.text, dryRun: true }, sender)).resolves.toMatchObject({
      ok: true,
      counts: { readings: 2 },
    });
    expect((await history.stats()).readings).toBe(0);
    await routes['history/import']({ type: 'history/import', text: file.text, dryRun: false }, sender);
    expect((await history.readings('US:42')).map((r) => r.metrics.sps)).toEqual([3.9, 3.8]);
  });

  it("opens the popup on the active tab's shop, else the one seen last, with that shop's status in the same reply", async () => {
    const { routes, tick } = setup();
    const view = async (preferredShopKey: string | null) =>
      (await routes['popup/view']({ type: 'popup/view', preferredShopKey }, sender)) as PopupView;
    await expect(view(null)).resolves.toEqual({ shops: [], unreadable: [], status: null });

    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.4, 41) }, sender);
    tick(60_000);
    await routes['reading/captured']({ type: 'reading/captured', reading: { ...score(4.2, 90), shopId: '43' } }, sender);
    await routes['page/unreadable']({ type: 'page/unreadable', reading: { ...score(null, 0), metrics: {}, missing: ['sps'] } }, sender);

    const onTab = await view('US:42');
    expect(onTab.shops.map((s) => s.key)).toEqual(['US:43', 'US:42']);
    expect(onTab.unreadable).toEqual([expect.objectContaining({ shopKey: 'US:42', page: 'shop-score' })]);
    expect(onTab.status?.latest.sps?.value).toBe(3.4);
    expect(onTab.status?.assessment.warnings.map((w) => w.code)).toContain('sps-below-threshold');
    expect(onTab.status).toEqual(await routes['shop/status']({ type: 'shop/status', shopKey: 'US:42' }, sender));

    for (const other of [null, 'GB:unknown']) {
      const latest = await view(other);
      expect(latest.status?.shop.key).toBe('US:43');
      expect(latest.status?.latest.sps?.value).toBe(4.2);
      expect(latest.status?.unreadable).toEqual([]);
    }
  });

  it('charts the metrics a shop has shown in the last 180 days, asked for apart from its status', async () => {
    const { routes, tick } = setup();
    const charts = async () => (await routes['shop/charts']({ type: 'shop/charts', shopKey: 'US:42' }, sender)) as ShopCharts;
    await expect(charts()).resolves.toEqual({});
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.9, 60) }, sender);
    tick(86_400_000);
    await routes['reading/captured']({ type: 'reading/captured', reading: score(3.8, 58) }, sender);
    expect(await charts()).toEqual({
      sps: [
        { day: '2026-11-23', value: 3.9, at: '2026-11-23T10:00:00.000Z' },
        { day: '2026-11-24', value: 3.8, at: '2026-11-24T10:00:00.000Z' },
      ],
      ordersLast90Days: [
        { day: '2026-11-23', value: 60, at: '2026-11-23T10:00:00.000Z' },
        { day: '2026-11-24', value: 58, at: '2026-11-24T10:00:00.000Z' },
      ],
    });
    tick(180 * 86_400_000);
    expect((await charts()).sps).toEqual([{ day: '2026-11-24', value: 3.8, at: '2026-11-24T10:00:00.000Z' }]);
    tick(86_400_000);
    await expect(charts()).resolves.toEqual({});
  });

  it('charts GMV per day with the status, from the readings of one day only', async () => {
    const { routes, tick } = setup();
    const analytics = (day: string, gmv: number): CapturedReading => ({ ...score(null, 0), page: 'analytics', currency: 'USD', period: { start: day, end: day }, metrics: { gmv } });
    await routes['reading/captured']({ type: 'reading/captured', reading: analytics('2026-11-21', 1200) }, sender);
    tick(60_000);
    await routes['reading/captured']({ type: 'reading/captured', reading: { ...analytics('2026-11-01', 30_000), period: { start: '2026-11-01', end: '2026-11-30' } } }, sender);
    tick(60_000);
    await routes['reading/captured']({ type: 'reading/captured', reading: analytics('2026-11-22', 900) }, sender);
    const status = (await routes['shop/status']({ type: 'shop/status', shopKey: 'US:42' }, sender)) as ShopStatus;
    expect(status.gmvDaily.map((p) => [p.day, p.value])).toEqual([
      ['2026-11-21', 1200],
      ['2026-11-22', 900],
    ]);
    expect(status.gmvPeriod).toEqual({ start: '2026-11-22', end: '2026-11-22' });
  });
});
