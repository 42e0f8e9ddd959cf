/**
 * Contract 3 (shared/DOMAIN.md): the history export file, its zod schema, and the JSON
 * and CSV exports. Change the shape only by adding optional fields; a breaking change
 * bumps EXPORT_VERSION (older builds then refuse the file with a clear message).
 */
import { z } from 'zod';
import { METRICS, MetricsSchema, PageKindSchema, PeriodSchema, type MetricKey } from '../metrics';
import {
  CurrencySchema,
  InstantSchema,
  PathSchema,
  RegionSchema,
  ShopIdSchema,
  ShopKeySchema,
  SourceSchema,
  checkedShop,
  readingContent,
  shopFields,
  shopKeyOf,
  type Shop,
} from './records';
import { storedReading } from './quick-checks';
import { listShopsQuery } from './readings';
import type { AnyTx, ReadCtx } from './tx';

export const EXPORT_FORMAT = 'shop-pulse-history';
export const EXPORT_VERSION = 1;
export const MAX_EXPORT_SHOPS = 10_000;
export const MAX_EXPORT_READINGS = 1_000_000;

const keyMatches = { message: 'shop key does not match region and shop id' };

export const ExportShopSchema = checkedShop(z.strictObject({ ...shopFields, readingCount: z.number().int().min(0) }));

export const ExportReadingSchema = z.strictObject({
  shop: z
    .strictObject({ key: ShopKeySchema, region: RegionSchema.nullable(), shopId: ShopIdSchema.nullable() })
    .refine((s) => s.key === shopKeyOf(s), keyMatches),
  capturedAt: InstantSchema,
  page: PageKindSchema,
  path: PathSchema,
  period: PeriodSchema.nullable(),
  currency: CurrencySchema.nullable(),
  metrics: MetricsSchema,
  source: SourceSchema,
});

export const HistoryExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: InstantSchema,
  shops: z.array(ExportShopSchema).max(MAX_EXPORT_SHOPS),
  readings: z.array(ExportReadingSchema).max(MAX_EXPORT_READINGS),
});

export type HistoryExportFile = z.infer<typeof HistoryExportFileSchema>;
export type ExportReading = z.infer<typeof ExportReadingSchema>;

/** Everything stored, shops most recently seen first, readings by shop then time. */
export async function exportQuery(tx: AnyTx, now: string, ctx: ReadCtx): Promise<HistoryExportFile> {
  const shops: Shop[] = await listShopsQuery(tx, ctx);
  const readings: ExportReading[] = [];
  for (const raw of await tx.objectStore('readings').index('by-shop-time').getAll()) {
    const r = storedReading(raw, ctx);
    if (!r) continue;
    readings.push({ shop: { key: r.shopKey, region: r.shop.region, shopId: r.shop.shopId }, ...readingContent(r) });
  }
  const t = Date.parse(now);
  const exportedAt = new Date(Number.isFinite(t) ? t : 0).toISOString();
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, shops, readings };
}

export const CSV_COLUMNS = [
  'shop_key', 'region', 'shop_id', 'shop_name', 'captured_at', 'page', 'path',
  'period_start', 'period_end', 'currency', 'source', 'metric', 'unit', 'value',
] as const;

/** One CSV field: quoted when needed; text a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Pure: the export file as CSV, one row per reading and metric (RFC 4180, CRLF). */
export function toCsv(file: HistoryExportFile): string {
  const names = new Map(file.shops.map((s) => [s.key, s.name]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of file.readings) {
    for (const metric of Object.keys(r.metrics) as MetricKey[]) {
      const row = [
        r.shop.key, r.shop.region, r.shop.shopId, names.get(r.shop.key) ?? null, r.capturedAt, r.page, r.path,
        r.period?.start ?? null, r.period?.end ?? null, r.currency, r.source, metric, METRICS[metric].unit,
        r.metrics[metric] ?? null,
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
