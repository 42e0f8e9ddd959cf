/**
 * The version ladder. Each step runs once, in order, inside the upgrade transaction;
 * a step that fails aborts the transaction and leaves the previous version untouched.
 * Never edit a shipped step: add the next one. Each data step has a fixture test.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistorySchema } from './db';
import { ReadingRecordSchema, type DailyRecord } from './records';
import { rollUp } from './series';

type UpgradeDB = IDBPDatabase<HistorySchema>;
type UpgradeTx = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;

/** Bring the schema from `oldVersion` up to `targetVersion` (tests stop at 1 to build v1 fixtures). */
export async function upgradeTo(db: UpgradeDB, oldVersion: number, targetVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1 && targetVersion >= 1) {
    db.createObjectStore('shops', { keyPath: 'key' });
    const readings = db.createObjectStore('readings', { keyPath: 'id', autoIncrement: true });
    readings.createIndex('by-shop-time', ['shopKey', 'capturedAt']);
    readings.createIndex('by-shop-page-time', ['shopKey', 'page', 'capturedAt']);
    readings.createIndex('by-time', 'capturedAt');
  }
  if (oldVersion < 2 && targetVersion >= 2) {
    // v2: the daily roll-up (last value of each metric per shop and UTC day), filled from v1 readings.
    const daily = db.createObjectStore('daily', { keyPath: ['shopKey', 'metric', 'day'] });
    daily.createIndex('by-at', 'at');
    const rows = await tx.objectStore('readings').getAll();
    const days = new Map<string, DailyRecord>();
    for (const row of rows) {
      const parsed = ReadingRecordSchema.safeParse(row);
      // An invalid v1 row is left where it is (never delete user data) and skipped on read.
      if (parsed.success) rollUp(days, parsed.data);
    }
    for (const record of days.values()) await tx.objectStore('daily').put(record);
  }
}
