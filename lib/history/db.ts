/**
 * The IndexedDB schema and the one connection to it. An update that needs a newer
 * version closes this connection (`blocking`) so it never waits on an open popup; a
 * connection the browser kills (`terminated`) is reopened on next use.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { HistoryError, historyError, toHistoryError } from './errors';
import { upgradeTo } from './migrations';
import type { DailyRecord, ReadingRecord, ShopRecord } from './records';

export const DB_VERSION = 2;
export const DEFAULT_DB_NAME = 'shop-pulse';

export interface HistorySchema extends DBSchema {
  /** v1. One row per shop, key = shopKeyOf(...). */
  shops: { key: string; value: ShopRecord };
  /** v1. One row per reading, auto-increment id. */
  readings: {
    key: number;
    value: ReadingRecord;
    indexes: {
      /** readings of a shop by time. */
      'by-shop-time': [string, string];
      /** the dedupe lookup: a shop's readings of one page kind by time. */
      'by-shop-page-time': [string, string, string];
      /** retention: all readings by time. */
      'by-time': string;
    };
  };
  /** v2. Daily roll-up, key [shopKey, metric, day]: the per shop + metric series. */
  daily: { key: [string, string, string]; value: DailyRecord; indexes: { 'by-at': string } };
}

export type HistoryDB = IDBPDatabase<HistorySchema>;

/** All keys of one shop in a compound index ([key] < [key, x] < [key, []]). */
export function shopRange(shopKey: string): IDBKeyRange {
  return IDBKeyRange.bound([shopKey], [shopKey, []]);
}

export type Connection = {
  /** The open database, opening (or reopening) it when needed. */
  get(): Promise<HistoryDB>;
  /** Forget a connection that turned out closed, so the next get() reopens. */
  drop(): void;
  close(): void;
};

export type ConnectOptions = {
  name: string;
  onVersionChange?: () => void;
  /** How long to wait for other connections to let an upgrade through (ms). */
  blockedTimeoutMs?: number;
};

export function connect(opts: ConnectOptions): Connection {
  let current: Promise<HistoryDB> | null = null;
  let closed = false;

  const open = (self: { p?: Promise<HistoryDB> }) =>
    new Promise<HistoryDB>((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let db: HistoryDB | null = null;
      let migrationError: unknown;
      const opening = openDB<HistorySchema>(opts.name, DB_VERSION, {
        upgrade(udb, oldVersion, newVersion, tx) {
          tx.done.catch(() => {}); // an aborted upgrade surfaces as the open's error
          upgradeTo(udb, oldVersion, newVersion ?? DB_VERSION, tx).catch((e: unknown) => {
            migrationError = e;
            // A failed data migration must not commit half: the database stays at the old version.
            try {
              tx.abort();
            } catch {
              /* already finished */
            }
          });
        },
        blocked() {
          timer ??= setTimeout(() => {
            if (settled) return;
            settled = true;
            reject(historyError('blocked'));
          }, opts.blockedTimeoutMs ?? 10_000);
        },
        blocking() {
          // A newer version wants in: step aside at once and tell the owner.
          db?.close();
          if (current === self.p) current = null;
          opts.onVersionChange?.();
        },
        terminated() {
          if (current === self.p) current = null;
        },
      });
      opening.then(
        (opened) => {
          clearTimeout(timer);
          db = opened;
          if (settled || closed) {
            opened.close();
            if (!settled) reject(historyError('closed'));
            return;
          }
          settled = true;
          resolve(opened);
        },
        (e: unknown) => {
          clearTimeout(timer);
          if (settled) return;
          settled = true;
          reject(toHistoryError(migrationError ?? e));
        },
      );
    });

  return {
    get() {
      if (closed) return Promise.reject(new HistoryError('closed', 'The Shop Pulse history was closed.'));
      if (!current) {
        const self: { p?: Promise<HistoryDB> } = {};
        const attempt = open(self);
        self.p = attempt;
        current = attempt;
        attempt.catch(() => {
          if (current === attempt) current = null;
        });
      }
      return current;
    },
    drop() {
      current = null;
    },
    close() {
      closed = true;
      const was = current;
      current = null;
      void was?.then((db) => db.close()).catch(() => {});
    },
  };
}
