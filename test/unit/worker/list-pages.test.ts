// A Partner Center list in the background: each row becomes its own shop's reading, the
// dashboard shows them worst first with the portfolio totals, and names follow the pages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistory, type History } from '../../../lib/history';
import type { CapturedReading, ShopRowReading } from '../../../lib/messaging/protocol';
import { DEFAULT_PREFS } from '../../../lib/prefs/schema';
import type { DashboardView } from '../../../lib/worker/dashboard-view';
import { historyHandle } from '../../../lib/worker/history-handle';
import { memoryKeyValue } from '../../../lib/worker/kv';
import { createRoutes } from '../../../lib/worker/routes';

const NOV = { start: '2026-11-01', end: '2026-11-30' };
const row = (name: string, region: string, shopId: string | null, metrics: ShopRowReading['metrics'], currency: string | null = null): ShopRowReading => ({
  name, region, shopId, currency, period: NOV, metrics,
});
const list = (shops: ShopRowReading[]): CapturedReading => ({
  page: 'partner', region: null, shopId: null, currency: null, period: NOV,
  // The page's own totals: no shop's figures.
  metrics: { gmv: 999_999, orders: 9_999 },
  missing: [], path: '/compass/shop-analysis', shops,
});

let history: History;
let n = 0;
beforeEach(async () => {
  history = await openHistory({ name: `list-pages-${n++}` });
});
afterEach(() => history.close());

function setup() {
  const changed: Array<string | readonly string[] | undefined> = [];
  const routes = createRoutes({
    history: historyHandle(async () => history),
    now: () => new Date('2026-12-01T09:00:00.000Z'),
    kv: memoryKeyValue(),
    prefs: { load: async () => DEFAULT_PREFS, save: async () => DEFAULT_PREFS },
    afterChange: async (keys) => void changed.push(keys),
  });
  return { routes, changed };
}

const SHOPS = [
  row('Maple & Moss Home Goods', 'US', '1', { sps: 3.58, ahr: 168, gmv: 48_210.55 }, 'USD'),
  row('Siam Silk House', 'TH', '4', { sps: 3.21, violationPoints: 14 }, 'THB'),
  row('Lion City Gadgets', 'SG', '8', { sps: 4.55, violationPoints: 0 }, 'SGD'),
  row('Toko Rumah Hijau', 'ID', '5', { sps: null, ordersLast90Days: 12 }),
  row('Lumen Kitchen UK', 'GB', '2', {}),
];

describe('list pages in the background', () => {
  it('stores one reading per row under its own shop, with its name, and checks them together', async () => {
    const { routes, changed } = setup();
    await expect(routes['reading/captured']({ type: 'reading/captured', reading: list(SHOPS) }, {})).resolves.toMatchObject({ status: 'stored', shops: 4 });
    // The row without figures is no reading; the page's totals are no shop's.
    expect(changed).toEqual([['US:1', 'TH:4', 'SG:8', 'ID:5']]);
    const shops = await history.shops();
    expect(shops.map((s) => [s.key, s.name]).sort()).toEqual([
      ['ID:5', 'Toko Rumah Hijau'], ['SG:8', 'Lion City Gadgets'], ['TH:4', 'Siam Silk House'], ['US:1', 'Maple & Moss Home Goods'],
    ]);
    const [reading] = await history.readings('US:1');
    expect(reading).toMatchObject({ page: 'partner', period: NOV, currency: 'USD', metrics: { sps: 3.58, ahr: 168, gmv: 48_210.55 }, source: 'page' });
    // The same list again within minutes is the same readings.
    await routes['reading/captured']({ type: 'reading/captured', reading: list(SHOPS) }, {});
    expect(changed).toHaveLength(1);
    expect((await history.stats()).readings).toBe(4);
  });

  it("joins a row without an id to the known shop of that name, and keeps the shop's name up to date", async () => {
    const { routes } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: { ...list([]), page: 'shop-score', region: 'US', shopId: '1', metrics: { sps: 4 }, shops: undefined, shopName: 'Maple & Moss' } }, {});
    expect((await history.shops())[0]?.name).toBe('Maple & Moss');
    await routes['reading/captured']({ type: 'reading/captured', reading: list([row('maple & moss', 'US', null, { sps: 3.9 }), row('No Id Shop', 'US', null, { sps: 4.2 }), row('Other No Id', 'US', null, { sps: 4.4 })]) }, {});
    const keys = (await history.shops()).map((s) => s.key).sort();
    expect(keys).toEqual(['US:1', 'US:name:No Id Shop', 'US:name:Other No Id']);
    expect((await history.readings('US:1')).map((r) => r.metrics.sps)).toEqual([4, 3.9]);
    await routes['reading/captured']({ type: 'reading/captured', reading: { ...list([]), page: 'home', region: 'US', shopId: '1', metrics: { gmv: 10 }, shops: undefined, shopName: 'Maple & Moss Home Goods' } }, {});
    expect((await history.shops()).find((s) => s.key === 'US:1')?.name).toBe('Maple & Moss Home Goods');
  });

  it('gives the dashboard every shop, worst first, with the portfolio totals and their basis', async () => {
    const { routes } = setup();
    await routes['reading/captured']({ type: 'reading/captured', reading: list(SHOPS) }, {});
    const view = (await routes['dashboard/view']({ type: 'dashboard/view' }, {})) as DashboardView;
    expect(view.rows.map((r) => [r.shop.name, r.worst, r.warning?.code ?? null])).toEqual([
      ['Siam Silk House', 'critical', 'sps-below-threshold'],
      ['Maple & Moss Home Goods', 'warning', 'sps-near-threshold'],
      ['Toko Rumah Hijau', 'warning', 'orders90-below-threshold'],
      ['Lion City Gadgets', 'none', null],
    ]);
    expect(view.rows[1]?.figures).toEqual({ sps: 3.58, ahr: 168, gmv: 48_210.55 });
    expect(view.rows[1]?.gmvPeriod).toEqual(NOV);
    // One USD shop with a GMV over 30 days; THB and SGD shops showed no GMV: nothing is guessed for them.
    expect(view.totals).toEqual({ sellers: 4, dailyGmv: [{ currency: 'USD', perDay: 1607.02, shops: 1 }] });
  });
});
