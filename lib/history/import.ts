/**
 * Import of a history export file: check everything first (size, nesting, JSON, format,
 * version, every record), count what would change, then merge all-or-nothing in one
 * transaction. Readings already stored (same shop, page, capture time and content) are
 * skipped, so importing the same file twice adds nothing.
 */
import { METRIC_KEYS } from '../metrics';
import { shopRange } from './db';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  HistoryExportFileSchema,
  MAX_EXPORT_SHOPS,
  type ExportReading,
  type HistoryExportFile,
} from './export';
import { storedDaily, storedReading } from './quick-checks';
import {
  ShopRecordSchema,
  describeIssues,
  readingContent,
  type DailyRecord,
  type ReadingRecord,
  type ShopRecord,
} from './records';
import { mergeShop } from './readings';
import { rollUp } from './series';
import { all, parseRecord, type AnyTx, type ReadCtx, type WriteTx } from './tx';


export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
/** The export file nests 4 deep (file → readings → reading → metrics); allow a little slack. */
export const MAX_IMPORT_DEPTH = 8;

export type ImportProblem = 'too-large' | 'too-deep' | 'not-json' | 'not-export' | 'newer-version' | 'invalid';
export type ImportCounts = { readings: number; duplicates: number; shops: number };
export type ImportPreview =
  | { ok: true; counts: ImportCounts; exportedAt: string; message: string }
  | { ok: false; reason: ImportProblem; message: string; issues: string[] };
export type ParsedImport = { ok: true; file: HistoryExportFile } | Extract<ImportPreview, { ok: false }>;

const fail = (reason: ImportProblem, message: string, issues: string[] = []): ParsedImport => ({ ok: false, reason, message, issues });

/** Deepest bracket nesting outside strings, stopping as soon as it passes `limit`. */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Pure: is this text a history export we can import? */
export function parseExportText(text: unknown): ParsedImport {
  if (typeof text !== 'string') return fail('not-json', 'This is not a text file.');
  if (text.length > MAX_IMPORT_CHARS) {
    return fail('too-large', `This file is too large to be a Shop Pulse history (over ${MAX_IMPORT_CHARS / 1024 / 1024} MB).`);
  }
  if (nestingExceeds(text, MAX_IMPORT_DEPTH)) return fail('too-deep', 'This file is nested too deeply to be a Shop Pulse history.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not-json', 'This file is not valid JSON; it may be damaged or not a Shop Pulse export.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('not-export', 'This file is not a Shop Pulse history export.');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return fail('newer-version', `This file was exported by a newer Shop Pulse (format version ${version}). Update the extension, then import it again.`);
  }
  const parsed = HistoryExportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    return fail('invalid', `This file is damaged or was changed by hand, so nothing was imported. First problem: ${issues[0] ?? 'unknown'}`, issues);
  }
  const keys = new Set([...parsed.data.shops.map((s) => s.key), ...parsed.data.readings.map((r) => r.shop.key)]);
  if (keys.size > MAX_EXPORT_SHOPS) return fail('invalid', `This file names more than ${MAX_EXPORT_SHOPS} shops.`);
  return { ok: true, file: parsed.data };
}

function fingerprint(r: Pick<ReadingRecord, 'page' | 'capturedAt' | 'period' | 'currency' | 'metrics'>): string {
  const metrics = METRIC_KEYS.filter((k) => Object.hasOwn(r.metrics, k)).map((k) => `${k}=${r.metrics[k]}`);
  return [r.page, r.capturedAt, r.period?.start ?? '', r.period?.end ?? '', r.currency ?? '', metrics.join(',')].join('\u0000');
}

type ImportPlan = { add: ExportReading[]; duplicates: number; newShops: number; shops: ShopRecord[] };

/** Read what is stored for the file's shops and work out what the import would change. */
export async function planImport(tx: AnyTx, file: HistoryExportFile, ctx: ReadCtx): Promise<ImportPlan> {
  const keys = [...new Set([...file.shops.map((s) => s.key), ...file.readings.map((r) => r.shop.key)])];
  const seen = new Map<string, Set<string>>();
  const shops = new Map<string, ShopRecord | null>();
  const byTime = tx.objectStore('readings').index('by-shop-time');
  for (const key of keys) {
    const prints = new Set<string>();
    for (const raw of await byTime.getAll(shopRange(key))) {
      const r = storedReading(raw, ctx);
      if (r) prints.add(fingerprint(r));
    }
    seen.set(key, prints);
    const rawShop = await tx.objectStore('shops').get(key);
    shops.set(key, rawShop === undefined ? null : parseRecord(ShopRecordSchema, rawShop, ctx));
  }
  const newShops = keys.filter((k) => shops.get(k) === null).length;
  for (const s of file.shops) shops.set(s.key, mergeShop(shops.get(s.key) ?? null, s, s.firstSeen, s.lastSeen));
  const add: ExportReading[] = [];
  let duplicates = 0;
  for (const r of [...file.readings].sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : 0))) {
    const prints = seen.get(r.shop.key) ?? new Set<string>();
    const print = fingerprint(r);
    if (prints.has(print)) {
      duplicates++;
      continue;
    }
    prints.add(print);
    add.push(r);
    shops.set(r.shop.key, mergeShop(shops.get(r.shop.key) ?? null, { ...r.shop, currency: r.currency }, r.capturedAt));
  }
  const merged = [...shops.values()].filter((s): s is ShopRecord => s !== null);
  return { add, duplicates, newShops, shops: merged };
}

export function previewOf(file: HistoryExportFile, plan: ImportPlan): ImportPreview {
  const counts = { readings: plan.add.length, duplicates: plan.duplicates, shops: plan.newShops };
  const message =
    `${counts.readings} new readings` +
    (counts.shops ? ` and ${counts.shops} new shops` : '') +
    (counts.duplicates ? `; ${counts.duplicates} readings are already here and will be skipped` : '') +
    '.';
  return { ok: true, counts, exportedAt: file.exportedAt, message };
}

/** Write the plan in the caller's transaction: readings, then the roll-up, then shops. */
export async function applyImport(tx: WriteTx, plan: ImportPlan, ctx: ReadCtx): Promise<void> {
  const store = tx.objectStore('readings');
  const records = plan.add.map(
    (r): Omit<ReadingRecord, 'id'> => ({
      shopKey: r.shop.key,
      shop: { region: r.shop.region, shopId: r.shop.shopId },
      ...readingContent(r),
    }),
  );
  const ids = await all(records, (rec) => store.add(rec as ReadingRecord));
  const days = new Map<string, DailyRecord>();
  const touched = new Set(records.map((r) => r.shopKey));
  for (const key of touched) {
    for (const raw of await tx.objectStore('daily').getAll(shopRange(key))) {
      const d = storedDaily(raw, ctx);
      if (d) days.set(`${d.shopKey}\u0000${d.metric}\u0000${d.day}`, d);
    }
  }
  const before = new Map(days);
  records.forEach((rec, i) => rollUp(days, { ...rec, id: ids[i] ?? 0 }));
  const changed = [...days].filter(([k, d]) => before.get(k) !== d).map(([, d]) => d);
  await all(changed, (d) => tx.objectStore('daily').put(d));
  await all(plan.shops, (s) => tx.objectStore('shops').put(s));
}
