import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, HistoryError, openHistory, shopKeyOf, type History } from '../../../lib/history';
import { freshHistory, plus, reading, uniqueName } from './helpers';

const T0 = '2025-10-01T10:00:00.000Z';
const KEY = 'US:7495';
let h: History;

afterEach(() => {
  h?.close();
  vi.restoreAllMocks();
});

describe('addReading', () => {
  it('stores a valid reading and normalizes time and path', async () => {
    h = await freshHistory();
    const r = await h.addReading(
      reading({ capturedAt: '2025-10-01T12:00:00+02:00', path: '/homepage?shop_id=7495&shop_region=US' }),
    );
    expect(r.status).toBe('stored');
    const [stored] = await h.readings(KEY);
    expect(stored).toEqual({
      id: r.id,
      shopKey: KEY,
      shop: { region: 'US', shopId: '7495' },
      capturedAt: T0,
      page: 'shop-score',
      path: '/homepage',
      period: null,
      currency: 'USD',
      metrics: { sps: 4.6, ordersLast90Days: 120 },
      source: 'page',
    });
  });

  it.each([
    ['out-of-range metric', { metrics: { sps: 7 } }],
    ['unknown metric', { metrics: { bogus: 1 } as never }],
    ['bad time', { capturedAt: 'yesterday' }],
    ['bad currency', { currency: 'usd' }],
    ['bad page kind', { page: 'admin' as never }],
    ['path without slash', { path: 'homepage' }],
  ])('rejects a %s with HistoryError(invalid) and writes nothing', async (_label, over) => {
    h = await freshHistory();
    const err = await h.addReading(reading(over)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryError);
    expect((err as HistoryError).code).toBe('invalid');
    expect((await h.stats()).readings).toBe(0);
  });

  it('shopKeyOf is stable and marks unknown parts', () => {
    expect(shopKeyOf({ region: 'US', shopId: '7495' })).toBe('US:7495');
    expect(shopKeyOf({ region: null, shopId: null })).toBe('--:--');
  });
});

describe('dedupe', () => {
  it('collapses the same reading within 10 minutes into the first one', async () => {
    h = await freshHistory();
    const a = await h.addReading(reading());
    const b = await h.addReading(reading({ capturedAt: plus(T0, 9) }));
    expect(b).toEqual({ status: 'duplicate', id: a.id });
    expect(await h.readings(KEY)).toHaveLength(1);
  });

  it('collapses an exact resend (same capture time) and metric order does not matter', async () => {
    h = await freshHistory();
    const a = await h.addReading(reading());
    const b = await h.addReading(reading({ metrics: { ordersLast90Days: 120, sps: 4.6 } }));
    expect(b).toEqual({ status: 'duplicate', id: a.id });
  });

  it('two concurrent adds of the same reading store one row', async () => {
    h = await freshHistory();
    const results = await Promise.all([h.addReading(reading()), h.addReading(reading()), h.addReading(reading())]);
    expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'stored']);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await h.stats()).readings).toBe(1);
  });

  it('always keeps a reading that changed a value, even A → B → A', async () => {
    h = await freshHistory();
    await h.addReading(reading());
    expect((await h.addReading(reading({ capturedAt: plus(T0, 1), metrics: { sps: 4.5, ordersLast90Days: 120 } }))).status).toBe('stored');
    expect((await h.addReading(reading({ capturedAt: plus(T0, 2) }))).status).toBe('stored');
    expect(await h.readings(KEY)).toHaveLength(3);
  });

  it('keeps readings that differ in period, currency, page, shop, or a metric shown vs absent', async () => {
    h = await freshHistory();
    await h.addReading(reading());
    const variants = [
      reading({ capturedAt: plus(T0, 1), period: { start: '2025-09-01', end: '2025-09-30' } }),
      reading({ capturedAt: plus(T0, 2), currency: 'GBP' }),
      reading({ capturedAt: plus(T0, 3), page: 'home' }),
      reading({ capturedAt: plus(T0, 4), shop: { region: 'GB', shopId: '7495' } }),
      reading({ capturedAt: plus(T0, 5), metrics: { sps: 4.6, ordersLast90Days: 120, ahr: null } }),
      reading({ capturedAt: plus(T0, 6), metrics: { sps: 4.6, ordersLast90Days: null } }),
    ];
    for (const v of variants) expect((await h.addReading(v)).status).toBe('stored');
  });

  it('stores the same values again after the 10-minute window', async () => {
    h = await freshHistory();
    await h.addReading(reading());
    expect((await h.addReading(reading({ capturedAt: plus(T0, 11) }))).status).toBe('stored');
  });
});

describe('queries', () => {
  async function seed() {
    h = await freshHistory();
    await h.addReading(reading({ capturedAt: '2025-10-01T08:00:00.000Z', metrics: { sps: 4.0 } }));
    await h.addReading(reading({ capturedAt: '2025-10-01T20:00:00.000Z', metrics: { sps: 4.2, ahr: 210 } }));
    await h.addReading(reading({ capturedAt: '2025-10-02T09:00:00.000Z', metrics: { sps: null } }));
    await h.addReading(reading({ capturedAt: '2025-10-03T09:00:00.000Z', page: 'home', metrics: { gmv: 48.35 } }));
    await h.addReading(
      reading({ shop: { region: 'GB', shopId: '11', name: 'UK shop' }, capturedAt: '2025-09-15T09:00:00.000Z', currency: 'GBP', metrics: { ahr: 180 } }),
    );
  }

  it('listShops: most recently seen first, with counts, names and first/last seen', async () => {
    await seed();
    expect(await h.listShops()).toEqual([
      { key: KEY, region: 'US', shopId: '7495', name: 'Acme Store', currency: 'USD', firstSeen: '2025-10-01T08:00:00.000Z', lastSeen: '2025-10-03T09:00:00.000Z', readingCount: 4 },
      { key: 'GB:11', region: 'GB', shopId: '11', name: 'UK shop', currency: 'GBP', firstSeen: '2025-09-15T09:00:00.000Z', lastSeen: '2025-09-15T09:00:00.000Z', readingCount: 1 },
    ]);
  });

  it('listShops keeps the newest name; an older reading does not overwrite it', async () => {
    h = await freshHistory();
    await h.addReading(reading({ shop: { region: 'US', shopId: '7495', name: 'New name' } }));
    await h.addReading(reading({ capturedAt: plus(T0, -60), shop: { region: 'US', shopId: '7495', name: 'Old name' } }));
    await h.addReading(reading({ capturedAt: plus(T0, 60), shop: { region: 'US', shopId: '7495' }, metrics: { sps: 1 } }));
    const [shop] = await h.listShops();
    expect(shop).toMatchObject({ name: 'New name', firstSeen: plus(T0, -60), lastSeen: plus(T0, 60) });
  });

  it('readings: one shop, ascending, range by instant or whole days', async () => {
    await seed();
    const all = await h.readings(KEY);
    expect(all.map((r) => r.capturedAt)).toEqual([
      '2025-10-01T08:00:00.000Z', '2025-10-01T20:00:00.000Z', '2025-10-02T09:00:00.000Z', '2025-10-03T09:00:00.000Z',
    ]);
    expect((await h.readings(KEY, { from: '2025-10-01T12:00:00Z', to: '2025-10-02' })).map((r) => r.capturedAt)).toEqual([
      '2025-10-01T20:00:00.000Z', '2025-10-02T09:00:00.000Z',
    ]);
    expect(await h.readings(KEY, { from: '2025-10-05', to: '2025-10-01' })).toEqual([]);
    expect(await h.readings('XX:none')).toEqual([]);
  });

  it('latest: newest value per metric across pages, null kept as "shown without a value"', async () => {
    await seed();
    const latest = await h.latest(KEY);
    expect(latest).toEqual({
      sps: { value: null, at: '2025-10-02T09:00:00.000Z', readingId: expect.any(Number) },
      ahr: { value: 210, at: '2025-10-01T20:00:00.000Z', readingId: expect.any(Number) },
      gmv: { value: 48.35, at: '2025-10-03T09:00:00.000Z', readingId: expect.any(Number) },
    });
    const ids = (await h.readings(KEY)).map((r) => r.id);
    expect(latest.gmv?.readingId).toBe(ids[3]);
    expect(await h.latest('XX:none')).toEqual({});
    // Asked for some metrics: the same values, of those only.
    expect(await h.latest(KEY, ['gmv', 'sps', 'ordersLast90Days'])).toEqual({ sps: latest.sps, gmv: latest.gmv });
  });

  it('series: daily roll-up keeps the last value of each UTC day, ascending, with range', async () => {
    await seed();
    expect(await h.series(KEY, 'sps')).toEqual([
      { day: '2025-10-01', value: 4.2, at: '2025-10-01T20:00:00.000Z' },
      { day: '2025-10-02', value: null, at: '2025-10-02T09:00:00.000Z' },
    ]);
    expect(await h.series(KEY, 'sps', { from: '2025-10-02T05:00:00Z' })).toEqual([
      { day: '2025-10-02', value: null, at: '2025-10-02T09:00:00.000Z' },
    ]);
    expect(await h.series(KEY, 'sps', { to: '2025-10-01' })).toHaveLength(1);
    expect(await h.series('GB:11', 'ahr')).toEqual([{ day: '2025-09-15', value: 180, at: '2025-09-15T09:00:00.000Z' }]);
  });

  it('series: a reading that arrives late for its day does not replace a later one', async () => {
    h = await freshHistory();
    await h.addReading(reading({ capturedAt: '2025-10-01T20:00:00.000Z', metrics: { sps: 4.2 } }));
    await h.addReading(reading({ capturedAt: '2025-10-01T08:00:00.000Z', metrics: { sps: 3.9 } }));
    expect(await h.series(KEY, 'sps')).toEqual([{ day: '2025-10-01', value: 4.2, at: '2025-10-01T20:00:00.000Z' }]);
  });

  it('series and latest read the daily index, never scan readings', async () => {
    await seed();
    const stores: string[] = [];
    for (const method of ['getAll', 'openCursor', 'get'] as const) {
      const orig = IDBObjectStore.prototype[method] as (...a: unknown[]) => unknown;
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
        stores.push(this.name);
        return orig.apply(this, args) as never;
      });
    }
    const indexUse = vi.spyOn(IDBIndex.prototype, 'getAll');
    await h.series(KEY, 'sps', { from: '2025-10-01', to: '2025-10-31' });
    await h.latest(KEY);
    expect(new Set(stores)).toEqual(new Set(['daily']));
    expect(indexUse).not.toHaveBeenCalled();
  });

  it('skips an invalid stored record, counts it, and does not throw', async () => {
    const name = uniqueName();
    h = await openHistory({ name });
    await h.addReading(reading());
    const raw = await openDB(name, DB_VERSION);
    await raw.put('readings', { id: 99, shopKey: KEY, shop: { region: 'US', shopId: '7495' }, capturedAt: plus(T0, 5), page: 'home', metrics: { sps: 'high' } } as never);
    await raw.put('daily', { shopKey: KEY, metric: 'gmv', day: '2025-10-01', value: 'lots', at: T0, readingId: 99 } as never);
    raw.close();
    expect(await h.readings(KEY)).toHaveLength(1);
    expect(await h.latest(KEY)).not.toHaveProperty('gmv');
    const stats = await h.stats();
    expect(stats.readings).toBe(2);
    expect(stats.skippedInvalid).toBe(2);
  });
});
