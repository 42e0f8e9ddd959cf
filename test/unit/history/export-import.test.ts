import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryError, HistoryExportFileSchema, type History, type HistoryExportFile } from '../../../lib/history';
import { csvField, toCsv } from '../../../lib/history/export';
import { nestingExceeds, parseExportText } from '../../../lib/history/import';
import { freshHistory, plus, reading } from './helpers';

const T0 = '2025-10-01T10:00:00.000Z';
const NOW = '2025-11-01T00:00:00.000Z';
let h: History;
let other: History | undefined;

afterEach(() => {
  h?.close();
  other?.close();
  other = undefined;
  vi.restoreAllMocks();
});

async function seed(target: History) {
  await target.addReading(reading());
  await target.addReading(reading({ capturedAt: plus(T0, 60), metrics: { sps: 4.5, ordersLast90Days: 121 } }));
  await target.addReading(
    reading({
      capturedAt: plus(T0, 90),
      page: 'analytics',
      path: '/compass/data-overview',
      period: { start: '2025-09-01', end: '2025-09-30' },
      metrics: { gmv: 48.35, conversionRate: 0.0523, visitors: null },
    }),
  );
  await target.addReading(
    reading({ shop: { region: 'GB', shopId: '11', name: '=HYPERLINK("x"), "Tea" Ltd' }, currency: 'GBP', page: 'account-health', path: '/health-center', metrics: { ahr: 190 } }),
  );
}

async function snapshot(target: History) {
  const shops = await target.listShops();
  const readings = await Promise.all(shops.map((s) => target.readings(s.key)));
  const series = await Promise.all(shops.map((s) => target.series(s.key, 'sps')));
  return { shops, readings, series };
}

describe('exportJson (contract 3)', () => {
  it('has the documented shape and validates against its own schema', async () => {
    h = await freshHistory();
    await seed(h);
    const file = await h.exportJson(NOW);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'shops', 'readings']);
    expect(file).toMatchObject({ format: 'shop-pulse-history', version: 1, exportedAt: NOW });
    expect(file.shops.map((s) => [s.key, s.readingCount])).toEqual([['US:7495', 3], ['GB:11', 1]]);
    expect(file.readings).toHaveLength(4);
    expect(file.readings[0]).toEqual({
      shop: { key: 'GB:11', region: 'GB', shopId: '11' },
      capturedAt: T0,
      page: 'account-health',
      path: '/health-center',
      period: null,
      currency: 'GBP',
      metrics: { ahr: 190 },
      source: 'page',
    });
    expect(HistoryExportFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
  });

  it('round-trips: export → import into an empty history → identical data and export', async () => {
    h = await freshHistory();
    await seed(h);
    const file = await h.exportJson(NOW);
    other = await freshHistory();
    const result = await other.importFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, counts: { readings: 4, duplicates: 0, shops: 2 } });
    const again = await other.exportJson(NOW);
    expect(again).toEqual(file);
    const [a, b] = [await snapshot(h), await snapshot(other)];
    expect(b.shops).toEqual(a.shops);
    expect(b.series).toEqual(a.series);
  });
});

describe('exportCsv', () => {
  it('one row per reading and metric, quoted and formula-safe', async () => {
    h = await freshHistory();
    await seed(h);
    const csv = await h.exportCsv();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('shop_key,region,shop_id,shop_name,captured_at,page,path,period_start,period_end,currency,source,metric,unit,value');
    expect(lines).toHaveLength(1 + 1 + 2 + 2 + 3);
    expect(lines[1]).toBe(`GB:11,GB,11,"'=HYPERLINK(""x""), ""Tea"" Ltd",${T0},account-health,/health-center,,,GBP,page,ahr,points,190`);
    expect(lines).toContain(`US:7495,US,7495,Acme Store,${plus(T0, 90)},analytics,/compass/data-overview,2025-09-01,2025-09-30,USD,page,visitors,count,`);
    expect(lines).toContain(`US:7495,US,7495,Acme Store,${plus(T0, 90)},analytics,/compass/data-overview,2025-09-01,2025-09-30,USD,page,conversionRate,ratio,0.0523`);
  });

  it('csvField escapes quotes, commas, newlines and formula starts', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
    expect(toCsv({ format: 'shop-pulse-history', version: 1, exportedAt: NOW, shops: [], readings: [] })).toBe(
      'shop_key,region,shop_id,shop_name,captured_at,page,path,period_start,period_end,currency,source,metric,unit,value\r\n',
    );
  });
});

describe('import', () => {
  it('previews, then merges; importing the same file twice adds nothing', async () => {
    h = await freshHistory();
    await seed(h);
    const text = JSON.stringify(await h.exportJson(NOW));
    other = await freshHistory();
    await other.addReading(reading()); // one reading already there
    const preview = await other.previewImport(text);
    expect(preview).toMatchObject({ ok: true, counts: { readings: 3, duplicates: 1, shops: 1 }, exportedAt: NOW });
    expect((await other.stats()).readings).toBe(1); // preview writes nothing
    expect(await other.importFile(text)).toMatchObject({ ok: true, counts: { readings: 3, duplicates: 1, shops: 1 } });
    const after = await snapshot(other);
    expect(await other.importFile(text)).toMatchObject({ ok: true, counts: { readings: 0, duplicates: 4, shops: 0 } });
    expect(await snapshot(other)).toEqual(after);
    expect((await other.stats()).readings).toBe(4);
  });

  it('collapses duplicates inside one file and keeps the newest shop name', async () => {
    h = await freshHistory();
    await seed(h);
    const file = await h.exportJson(NOW);
    const doubled: HistoryExportFile = { ...file, readings: [...file.readings, ...file.readings] };
    other = await freshHistory();
    await other.addReading(reading({ capturedAt: plus(T0, -600), shop: { region: 'US', shopId: '7495', name: 'Older name' } }));
    expect(await other.importFile(JSON.stringify(doubled))).toMatchObject({ ok: true, counts: { readings: 4, duplicates: 4, shops: 1 } });
    const us = (await other.listShops()).find((s) => s.key === 'US:7495');
    expect(us).toMatchObject({ name: 'Acme Store', firstSeen: plus(T0, -600), readingCount: 4 });
    expect((await other.series('US:7495', 'sps')).at(-1)).toMatchObject({ value: 4.5 });
  });

  describe('rejects bad files and leaves data untouched', async () => {
    const valid = async () => {
      const src = await freshHistory();
      await seed(src);
      const file = await src.exportJson(NOW);
      src.close();
      return file;
    };
    const deep = `{"format":"shop-pulse-history","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const cases: Array<[string, (f: HistoryExportFile) => string, string]> = [
      ['empty text', () => '', 'not-json'],
      ['truncated JSON', (f) => JSON.stringify(f).slice(0, 200), 'not-json'],
      ['another app’s JSON', () => '{"hello":"world"}', 'not-export'],
      ['a JSON array', () => '[1,2,3]', 'not-export'],
      ['a newer version', (f) => JSON.stringify({ ...f, version: 2, somethingNew: true }), 'newer-version'],
      ['a string version', (f) => JSON.stringify({ ...f, version: '1' }), 'invalid'],
      ['a wrong type', (f) => JSON.stringify({ ...f, readings: [{ ...f.readings[0], metrics: { sps: '4.6' } }] }), 'invalid'],
      ['an out-of-range metric late in the file', (f) => JSON.stringify({ ...f, readings: [...f.readings, { ...f.readings[1], metrics: { sps: 50 } }] }), 'invalid'],
      ['an unknown field', (f) => JSON.stringify({ ...f, readings: [{ ...f.readings[0], evil: 1 }] }), 'invalid'],
      ['a __proto__ key', (f) => JSON.stringify(f).replace('"shops":', '"__proto__":{"polluted":1},"shops":'), 'invalid'],
      ['a shop key that does not match', (f) => JSON.stringify({ ...f, readings: [{ ...f.readings[0], shop: { key: 'US:1', region: 'GB', shopId: '11' } }] }), 'invalid'],
      ['a huge string field', (f) => JSON.stringify({ ...f, shops: [{ ...f.shops[0], name: 'x'.repeat(10_000) }] }), 'invalid'],
      ['deep nesting', () => deep, 'too-deep'],
      ['over 50 MB', () => ' '.repeat(50 * 1024 * 1024 + 1), 'too-large'],
    ];
    it.each(cases)('%s', async (_label, make, reason) => {
      const text = make(await valid());
      h = await freshHistory();
      await h.addReading(reading({ capturedAt: '2025-01-01T00:00:00.000Z' }));
      const before = await snapshot(h);
      const preview = await h.previewImport(text);
      expect(preview).toMatchObject({ ok: false, reason });
      expect(preview.message.length).toBeGreaterThan(10);
      expect(await h.importFile(text)).toMatchObject({ ok: false, reason });
      expect(await snapshot(h)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('nestingExceeds ignores brackets inside strings', () => {
    expect(nestingExceeds('{"a":"[[[[[[[[[[[[[[[[[[[[\\"[[["}', 3)).toBe(false);
    expect(nestingExceeds('[[[[]]]]', 3)).toBe(true);
    expect(parseExportText(42 as unknown as string)).toMatchObject({ ok: false, reason: 'not-json' });
  });
});

describe('full disk', () => {
  function quotaOnNth(n: number) {
    let calls = 0;
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'readings' && ++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
  }

  it('an import that hits QuotaExceededError on its 3rd record writes nothing and says why', async () => {
    h = await freshHistory();
    await seed(h);
    const text = JSON.stringify(await h.exportJson(NOW));
    other = await freshHistory();
    await other.addReading(reading({ capturedAt: '2025-01-01T00:00:00.000Z' }));
    const before = await snapshot(other);
    quotaOnNth(3);
    const err = await other.importFile(text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryError);
    expect((err as HistoryError).code).toBe('quota');
    expect((err as HistoryError).message).toMatch(/storage space/);
    vi.restoreAllMocks();
    expect(await snapshot(other)).toEqual(before);
    expect((await other.stats()).lastError).toMatchObject({ code: 'quota' });
    // and the history still works afterwards
    expect((await other.importFile(text)).ok).toBe(true);
    expect((await other.stats()).lastError).toBeNull();
  });

  it('a quota failure aborted by the browser at commit is reported as quota too', async () => {
    other = await freshHistory();
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = add.apply(this, args);
      const tx = this.transaction;
      // Simulate the browser: the request is fine, then the transaction aborts for lack of space.
      Object.defineProperty(tx, 'error', { value: new DOMException('full', 'QuotaExceededError') });
      request.addEventListener('success', () => tx.abort());
      return request;
    });
    await expect(other.addReading(reading())).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect((await other.stats()).readings).toBe(0);
    expect(await other.listShops()).toEqual([]);
  });

  it('addReading on a full disk leaves no reading, shop or roll-up behind', async () => {
    other = await freshHistory();
    quotaOnNth(1);
    await expect(other.addReading(reading())).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await snapshot(other)).toEqual({ shops: [], readings: [], series: [] });
    expect(await other.latest('US:7495')).toEqual({});
  });
});

describe('the page-data source (issue 13)', () => {
  it('exports "page-data" readings in format version 1 and imports them back unchanged', async () => {
    h = await freshHistory();
    await h.addReading(reading({ source: 'page-data', metrics: { sps: 3.62, ordersLast90Days: 41 } }));
    await h.backfill([reading({ capturedAt: '2025-09-30T00:00:00.000Z', source: 'page-data', metrics: { sps: 3.65 } })]);
    const file = await h.exportJson(NOW);
    expect(file.version).toBe(1);
    expect(file.readings.map((r) => r.source)).toEqual(['page-data', 'page-data']);
    other = await freshHistory();
    await expect(other.importFile(JSON.stringify(file))).resolves.toMatchObject({ ok: true, counts: { readings: 2 } });
    expect((await other.readings('US:7495')).map((r) => [r.source, r.metrics.sps])).toEqual([
      ['page-data', 3.65],
      ['page-data', 3.62],
    ]);
  });
});
