import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, HistoryError, openHistory, type History } from '../../../lib/history';
import { upgradeTo } from '../../../lib/history/migrations';
import type { HistorySchema } from '../../../lib/history/db';
import v1 from './fixtures/v1-database.json';
import v2Daily from './fixtures/v2-daily-expected.json';
import { reading, uniqueName } from './helpers';

let h: History | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
  vi.restoreAllMocks();
});

/** A v1 database exactly as DB_VERSION 1 built it, filled with the fixture rows. */
async function fillV1(name: string): Promise<void> {
  const db = await openDB<HistorySchema>(name, 1, {
    upgrade: (udb, oldVersion, _newVersion, tx) => upgradeTo(udb, oldVersion, 1, tx),
  });
  expect([...db.objectStoreNames].sort()).toEqual(['readings', 'shops']);
  const tx = db.transaction(['shops', 'readings'], 'readwrite');
  for (const s of v1.shops) await tx.objectStore('shops').put(s as never);
  for (const r of v1.readings) await tx.objectStore('readings').put(r as never);
  await tx.done;
  db.close();
}

async function dump(name: string) {
  const db = (await openDB(name)) as unknown as IDBPDatabase;
  const out = {
    version: db.version,
    stores: [...db.objectStoreNames].sort(),
    shops: await db.getAll('shops'),
    readings: await db.getAll('readings'),
    daily: db.objectStoreNames.contains('daily') ? await db.getAll('daily') : [],
  };
  db.close();
  return out;
}

describe('v1 → v2 migration', () => {
  it('keeps every v1 row unchanged and builds the daily roll-up from the valid ones', async () => {
    const name = uniqueName();
    await fillV1(name);
    h = await openHistory({ name });
    h.close();
    const after = await dump(name);
    expect(DB_VERSION).toBe(2);
    expect(after.version).toBe(2);
    expect(after.stores).toEqual(['daily', 'readings', 'shops']);
    expect(after.readings).toEqual(v1.readings); // all 8, the invalid one included
    expect(after.shops).toEqual([...v1.shops].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(after.daily).toEqual(v2Daily.daily);
  });

  it('serves the migrated data through the API, skipping and counting the invalid row', async () => {
    const name = uniqueName();
    await fillV1(name);
    h = await openHistory({ name });
    expect((await h.readings('US:7495')).map((r) => r.id)).toEqual([1, 2, 4, 3, 8]);
    expect((await h.stats()).skippedInvalid).toBe(1);
    expect(await h.series('US:7495', 'sps')).toEqual([
      { day: '2025-09-30', value: 4.1, at: '2025-09-30T23:30:00.000Z' },
      { day: '2025-10-01', value: 4.3, at: '2025-10-01T20:00:00.000Z' },
    ]);
    expect((await h.listShops()).map((s) => [s.key, s.readingCount])).toEqual([
      ['--:--', 1], ['GB:11', 1], ['US:7495', 6],
    ]);
    // and keeps working: a new reading rolls up into the migrated day
    await h.addReading(reading({ capturedAt: '2025-10-01T23:00:00.000Z', metrics: { sps: 4.4 } }));
    expect((await h.latest('US:7495')).sps?.value).toBe(4.4);
  });

  it('a failed data migration aborts: the database stays v1 with every row', async () => {
    const name = uniqueName();
    await fillV1(name);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'daily') throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(openHistory({ name })).rejects.toMatchObject({ name: 'HistoryError', code: 'quota' });
    vi.restoreAllMocks();
    const after = await dump(name);
    expect(after.version).toBe(1);
    expect(after.stores).toEqual(['readings', 'shops']);
    expect(after.readings).toEqual(v1.readings);
  });

  it('a fresh install goes straight to the latest version', async () => {
    const name = uniqueName();
    h = await openHistory({ name });
    h.close();
    expect((await dump(name)).stores).toEqual(['daily', 'readings', 'shops']);
  });
});

describe('connection lifecycle', () => {
  it('blocking: a newer version gets in at once; this connection closes and says so', async () => {
    const name = uniqueName();
    const onVersionChange = vi.fn();
    h = await openHistory({ name, onVersionChange });
    await h.addReading(reading());
    const newer = await openDB(name, DB_VERSION + 1); // would hang if we held on
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    newer.close();
    // This build cannot open the newer database: a clear 'closed' error, not a hang.
    const err = await h.listShops().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryError);
    expect((err as HistoryError).code).toBe('closed');
    expect((await h.stats().catch((e: HistoryError) => e.code))).toBe('closed');
  });

  it('blocked: an upgrade held up by an old connection that never closes fails with code "blocked"', async () => {
    const name = uniqueName();
    const old = await openDB(name, 1, { upgrade: (udb, o, _n, tx) => upgradeTo(udb as never, o, 1, tx as never) });
    const err = await openHistory({ name, blockedTimeoutMs: 30 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HistoryError);
    expect((err as HistoryError).code).toBe('blocked');
    old.close();
    // Once the old window is gone, opening works.
    h = await openHistory({ name });
    expect(await h.listShops()).toEqual([]);
  });

  it('terminated: a connection the browser kills is reopened on next use', async () => {
    const name = uniqueName();
    const open = vi.spyOn(indexedDB, 'open');
    h = await openHistory({ name });
    await h.addReading(reading());
    const request = open.mock.results[0]?.value as IDBOpenDBRequest;
    forceCloseDatabase(request.result as never); // (its .d.ts types the parameter oddly)
    expect(await h.readings('US:7495')).toHaveLength(1);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('close(): later calls fail with code "closed"', async () => {
    h = await openHistory({ name: uniqueName() });
    h.close();
    await expect(h.listShops()).rejects.toMatchObject({ code: 'closed' });
  });
});
