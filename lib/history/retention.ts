/**
 * Retention. The default is to keep everything; the options page may offer "drop
 * readings older than N months". Shops stay listed even when all their readings go.
 */
import { HistoryError } from './errors';
import type { WriteTx } from './tx';

/** Pure: the instant N calendar months before `now` (UTC; the 31st falls back to the month's last day). */
export function cutoffFor(months: number, now: string): string {
  const t = Date.parse(now);
  if (!Number.isInteger(months) || months < 1 || months > 1200 || !Number.isFinite(t)) {
    throw new HistoryError('invalid', 'Keep at least one whole month of history.');
  }
  const d = new Date(t);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const out = new Date(t);
  out.setUTCFullYear(year, month, Math.min(d.getUTCDate(), lastDay));
  return out.toISOString();
}

/** Delete readings captured before `cutoff`, and the roll-up rows they alone produced. */
export async function pruneTx(tx: WriteTx, cutoff: string): Promise<number> {
  let deleted = 0;
  const before = IDBKeyRange.upperBound(cutoff, true);
  let cursor = await tx.objectStore('readings').index('by-time').openCursor(before);
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  // A daily row is the last value of its day; if that is older than the cutoff, so is
  // every reading of that day and metric, all deleted above.
  let day = await tx.objectStore('daily').index('by-at').openCursor(before);
  while (day) {
    await day.delete();
    day = await day.continue();
  }
  return deleted;
}
