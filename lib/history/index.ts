/**
 * lib/history: the only code that touches IndexedDB. Readings, shops, the daily roll-up,
 * migrations, retention, export and import. Writes belong to the background worker.
 */
import type { MetricKey } from '../metrics';
import { backfillTx, type BackfillResult } from './backfill';
import { DEFAULT_DB_NAME, connect, type HistoryDB } from './db';
import { HistoryError, toHistoryError, type HistoryErrorCode } from './errors';
import { exportQuery, toCsv, type HistoryExportFile } from './export';
import { applyImport, parseExportText, planImport, previewOf, type ImportPreview } from './import';
import { addReadingTx, listShopsQuery, readingsQuery, shopRecordsQuery, toPending } from './readings';
import type { NewReading, Shop, ShopRecord, StoredReading } from './records';
import { cutoffFor, pruneTx } from './retention';
import { latestQuery, seriesQuery, type DateRange, type LatestValue, type SeriesPoint } from './series';
import { readTx, writeTx, type ReadCtx } from './tx';

export { DB_VERSION, DEFAULT_DB_NAME } from './db';
export { HistoryError, type HistoryErrorCode } from './errors';
export { HistoryExportFileSchema, EXPORT_FORMAT, EXPORT_VERSION, type HistoryExportFile } from './export';
export { parseExportText, MAX_IMPORT_CHARS, type ImportPreview, type ImportCounts, type ImportProblem } from './import';
export { DEDUPE_WINDOW_MS } from './readings';
export type { BackfillResult } from './backfill';
export { shopKeyOf, type NewReading, type ReadingSource, type Shop, type ShopRecord, type ShopRef, type StoredReading } from './records';
export { cutoffFor } from './retention';
export type { DateRange, LatestValue, SeriesPoint } from './series';

const ALL = ['shops', 'readings', 'daily'] as const;

export type HistoryStats = {
  readings: number;
  shops: number;
  /** Records that failed validation on read since this History was opened (skipped, not thrown). */
  skippedInvalid: number;
  /** The last failed operation, for an error banner (e.g. 'quota'); cleared by the next successful write. */
  lastError: { code: HistoryErrorCode; message: string } | null;
};

export type History = {
  addReading(r: NewReading): Promise<{ status: 'stored' | 'duplicate'; id: number }>;
  /** Past days from the page's own data, each stored unless the shop has that day already (backfill.ts). */
  backfill(readings: NewReading[]): Promise<BackfillResult>;
  listShops(): Promise<Shop[]>;
  /** The shops without reading counts, most recently seen first: what views need, at a fraction of the cost. */
  shops(): Promise<ShopRecord[]>;
  /** The newest value of each metric the shop has shown (of `metrics` only, when given: one lookup each). */
  latest(shopKey: string, metrics?: readonly MetricKey[]): Promise<Partial<Record<MetricKey, LatestValue>>>;
  readings(shopKey: string, range?: DateRange): Promise<StoredReading[]>;
  series(shopKey: string, metric: MetricKey, range?: DateRange): Promise<SeriesPoint[]>;
  exportJson(now: string): Promise<HistoryExportFile>;
  exportCsv(): Promise<string>;
  previewImport(text: string): Promise<ImportPreview>;
  importFile(text: string): Promise<ImportPreview>;
  prune(olderThanMonths: number, now: string): Promise<number>;
  clear(): Promise<void>;
  stats(): Promise<HistoryStats>;
  close(): void;
};

export type OpenHistoryOptions = {
  name?: string;
  /** Called when a newer version of the database needs this connection closed (it is, already). */
  onVersionChange?: () => void;
  /** How long an upgrade waits for other windows before failing with code 'blocked' (ms, default 10 000). */
  blockedTimeoutMs?: number;
};

export async function openHistory(opts: OpenHistoryOptions = {}): Promise<History> {
  const conn = connect({ name: opts.name ?? DEFAULT_DB_NAME, onVersionChange: opts.onVersionChange, blockedTimeoutMs: opts.blockedTimeoutMs });
  await conn.get();
  const ctx: ReadCtx = { skipped: 0 };
  let lastError: HistoryStats['lastError'] = null;

  /** Run with the open database; a connection found closed (terminated, upgraded) is reopened once. */
  async function run<T>(fn: (db: HistoryDB) => Promise<T>, write = false): Promise<T> {
    try {
      let result: T;
      try {
        result = await fn(await conn.get());
      } catch (e) {
        if (toHistoryError(e).code !== 'closed') throw e;
        conn.drop();
        result = await fn(await conn.get());
      }
      if (write) lastError = null;
      return result;
    } catch (e) {
      const err = toHistoryError(e);
      if (err.code !== 'invalid') lastError = { code: err.code, message: err.message };
      throw err;
    }
  }

  return {
    addReading(r) {
      let pending: ReturnType<typeof toPending>;
      try {
        pending = toPending(r);
      } catch (e) {
        return Promise.reject(e);
      }
      return run((db) => writeTx(db, [...ALL], (tx) => addReadingTx(tx, pending, ctx)), true);
    },
    backfill(readings) {
      let pending: ReturnType<typeof toPending>[];
      try {
        pending = readings.map(toPending);
      } catch (e) {
        return Promise.reject(e);
      }
      return run((db) => writeTx(db, [...ALL], (tx) => backfillTx(tx, pending, ctx)), true);
    },
    listShops: () => run((db) => readTx(db, ['shops', 'readings'], (tx) => listShopsQuery(tx, ctx))),
    shops: () => run((db) => readTx(db, ['shops'], (tx) => shopRecordsQuery(tx, ctx))),
    latest: (shopKey, metrics) => run((db) => readTx(db, ['daily'], (tx) => latestQuery(tx, shopKey, ctx, metrics))),
    readings: (shopKey, range = {}) => run((db) => readTx(db, ['readings'], (tx) => readingsQuery(tx, shopKey, range, ctx))),
    series: (shopKey, metric, range = {}) => run((db) => readTx(db, ['daily'], (tx) => seriesQuery(tx, shopKey, metric, range, ctx))),
    exportJson: (now) => run((db) => readTx(db, ['shops', 'readings'], (tx) => exportQuery(tx, now, ctx))),
    exportCsv: () => run((db) => readTx(db, ['shops', 'readings'], (tx) => exportQuery(tx, new Date(0).toISOString(), ctx))).then(toCsv),
    async previewImport(text) {
      const parsed = parseExportText(text);
      if (!parsed.ok) return parsed;
      return run((db) => readTx(db, [...ALL], async (tx) => previewOf(parsed.file, await planImport(tx, parsed.file, ctx))));
    },
    async importFile(text) {
      const parsed = parseExportText(text);
      if (!parsed.ok) return parsed;
      return run((db) =>
        writeTx(db, [...ALL], async (tx) => {
          const plan = await planImport(tx, parsed.file, ctx);
          await applyImport(tx, plan, ctx);
          return previewOf(parsed.file, plan);
        }),
        true,
      );
    },
    prune(olderThanMonths, now) {
      let cutoff: string;
      try {
        cutoff = cutoffFor(olderThanMonths, now);
      } catch (e) {
        return Promise.reject(e);
      }
      return run((db) => writeTx(db, ['readings', 'daily'], (tx) => pruneTx(tx, cutoff)), true);
    },
    clear: () =>
      run((db) =>
        writeTx(db, [...ALL], async (tx) => {
          await Promise.all(ALL.map((s) => tx.objectStore(s).clear()));
        }),
        true,
      ),
    async stats() {
      const counts = await run((db) =>
        readTx(db, ['readings', 'shops'], (tx) => Promise.all([tx.objectStore('readings').count(), tx.objectStore('shops').count()])),
      );
      return { readings: counts[0], shops: counts[1], skippedInvalid: ctx.skipped, lastError };
    },
    close: () => conn.close(),
  };
}

/** Ask the browser not to evict our storage (no-op where unsupported). Never throws. */
export async function requestPersistence(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage as StorageManager | undefined;
  if (typeof storage?.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

// Keep the class reachable for `instanceof` checks by importers of this module.
void HistoryError;
