/**
 * Transactions as promises that end only when the data is on disk (tx.done), and that
 * leave nothing behind when anything inside fails: a failed write aborts the whole batch.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { z } from 'zod';
import type { HistoryDB, HistorySchema } from './db';
import { isQuotaError, toHistoryError } from './errors';

type Names = StoreNames<HistorySchema>;
export type WriteTx = IDBPTransaction<HistorySchema, Names[], 'readwrite'>;
export type ReadTx = IDBPTransaction<HistorySchema, Names[], 'readonly'>;
export type AnyTx = WriteTx | ReadTx;

/** Counts records that failed validation on read (they are skipped, never thrown). */
export type ReadCtx = { skipped: number };

/**
 * The schema's verdict on a stored record. `quick` (quick-checks.ts) may vouch for a record
 * in canonical form first, returning what the schema would; when it cannot, the schema decides.
 */
export function parseRecord<T>(schema: z.ZodType<T>, value: unknown, ctx: ReadCtx, quick?: (v: unknown) => T | undefined): T | null {
  const fast = quick?.(value);
  if (fast !== undefined) return fast;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.skipped += 1;
  return null;
}

export async function readTx<T>(db: HistoryDB, stores: Names[], fn: (tx: ReadTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readonly');
  tx.done.catch(() => {});
  try {
    return await fn(tx);
  } catch (e) {
    throw toHistoryError(e);
  }
}

/** Run `fn` in one readwrite transaction, resolved after commit; on any error, abort everything. */
export async function writeTx<T>(db: HistoryDB, stores: Names[], fn: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  done.catch(() => {});
  try {
    const result = await fn(tx);
    await done;
    return result;
  } catch (e) {
    const txError: unknown = tx.error;
    try {
      tx.abort();
    } catch {
      /* already aborted or finished */
    }
    await done.catch(() => {});
    throw toHistoryError(isQuotaError(txError) ? txError : e);
  }
}

/**
 * Start many requests and wait for all. If starting one throws, the ones already started
 * are marked handled (the transaction is about to abort) and the error is rethrown.
 */
export async function all<T, R>(items: Iterable<T>, start: (item: T) => Promise<R>): Promise<R[]> {
  const pending: Promise<R>[] = [];
  try {
    for (const item of items) pending.push(start(item));
  } catch (e) {
    for (const p of pending) p.catch(() => {});
    throw e;
  }
  for (const p of pending) p.catch(() => {});
  return Promise.all(pending);
}
