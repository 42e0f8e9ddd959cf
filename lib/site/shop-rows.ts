/**
 * Shop lists (Partner Center shop analysis, shop switchers with figures) → one ShopRow per
 * shop row shown. A table is a shop list when one column names the shop and at least one
 * holds a metric; columns are found by their header labels in every page language
 * (labels.ts, shop-columns.ts). Each row is read in its own market: its currency comes from
 * its own amounts, its decimal mark from its region. Pure; paginated tables give the rows shown.
 */
import { METRICS, validMetricsOf, type MetricKey, type Metrics, type Period } from '../metrics';
import { currencyOf, type DecimalMark } from './currency';
import type { IsShown } from './dom';
import { fitMetric } from './fit';
import { gridsIn, type Grid, type GridCell, type GridRow } from './grids';
import { matchLabel } from './labels';
import { decimalOf, evidenceIn, normalizeText, parseNumber, type NumberContext } from './numbers';
import { isoRegion } from './pages';
import { isComparisonText, isNoValueText, isSignedNumber } from './phrases';
import { SHOP_CODE_LINE_RE, SHOP_ID_LINE_RE, TOTAL_ROW_RE, marketOf, metricHeaderOf, shopColumnOf, type ShopColumn } from './shop-columns';
import type { ShopRow } from './index';

export type RowContext = {
  /** The page's region (from its URL), for rows that do not say theirs. */
  region: string | null;
  /** The decimal mark the page agrees on, for rows that do not say their region. */
  decimal: DecimalMark | null;
  /** The page's date range: the period of every row's figures. */
  period: Period | null;
  isShown?: IsShown;
};

/** `generic`: a health column by a generic title ("Account health"), which may hold AHR or violation points. */
type Column = { kind: ShopColumn } | { kind: 'metric'; key: MetricKey; currency: string | null; generic?: boolean };

/** A note in brackets after a header: "GMV (last 30 days)", "成交金额（近30天）". */
const HEADER_NOTE_RE = /\s*[(（][^()（）]*[)）]$/u;

/** A header's meaning: a shop column, a card label ("GMV (USD)"), or a list's short form; else the same without a note. */
function columnOf(title: string, region: string | null): Column | null {
  // Sort arrows and icons drawn as text after the title ("GMV⇅") are not part of it.
  const header = title.replace(/[\s\p{So}\p{Sm}]+$/u, '');
  const shop = shopColumnOf(header);
  if (shop) return { kind: shop };
  const label = matchLabel(header);
  if (label) return { kind: 'metric', key: label.key, currency: label.unit ? currencyOf(label.unit.toUpperCase(), region) ?? currencyOf(label.unit, region) : null };
  const key = metricHeaderOf(header);
  if (key) return { kind: 'metric', key, currency: null, generic: HEALTH.has(key) };
  const bare = header.replace(HEADER_NOTE_RE, '');
  return bare !== header && bare ? columnOf(bare, region) : null;
}

/** Health columns may hold AHR for one market and violation points for another. */
const HEALTH: ReadonlySet<MetricKey> = new Set(['ahr', 'violationPoints']);
/** The denominator a health figure prints with tells which one it is. */
const HEALTH_OUT_OF: Readonly<Record<number, MetricKey>> = { 1000: 'ahr', 48: 'violationPoints' };
const MAX_WINDOW_WORDS = 3;
const OUT_OF_30_RE = /(\d{1,3})\s*\/\s*30(?!\d)/;

/** `carried`: printed inside another metric's text ("Not enough orders (12/30)"), so a column of its own wins. */
type CellValue = { key: MetricKey; value: number | null; currency: string | null; marker?: string | null; carried?: boolean };

/** The words of a text as candidates, longest first from each start: "RM 120,000.00", "14 / 48", "185". */
function* candidates(text: string): Generator<{ text: string; before: string }> {
  yield { text, before: '' };
  const words = text.split(/\s+|(?<=[(（])|(?=[)）])/u).filter((w) => w && !/^[()（）]$/u.test(w));
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WINDOW_WORDS, words.length - i); n >= 1; n--) {
      if (i === 0 && n === words.length) continue; // the whole text, tried first
      yield { text: words.slice(i, i + n).join(' '), before: words.slice(0, i).join(' ') };
    }
  }
}

/** Markets that rate account health 0–1000 (AHR); Southeast Asia counts violation points of 48 (shared/DOMAIN.md). */
const AHR_MARKETS: ReadonlySet<string> = new Set(['US', 'GB']);
const POINTS_MARKETS: ReadonlySet<string> = new Set(['ID', 'MY', 'PH', 'SG', 'TH', 'VN']);

/**
 * The metric a cell's figure is, in a column of `key`. A health column may hold either: an inline
 * label ("AHR 185") or a denominator ("14 / 48") says which, else the row's market does ("4 points" in PH).
 */
function keyFor(key: MetricKey, generic: boolean, before: string, outOf: number | null, region: string | null): MetricKey {
  if (!HEALTH.has(key)) return key;
  const inline = before ? (matchLabel(before)?.key ?? metricHeaderOf(before)) : null;
  if (inline && HEALTH.has(inline)) return inline;
  const byOutOf = outOf !== null ? HEALTH_OUT_OF[outOf] : undefined;
  if (byOutOf) return byOutOf;
  if (!generic || !region) return key;
  return AHR_MARKETS.has(region) ? 'ahr' : POINTS_MARKETS.has(region) ? 'violationPoints' : key;
}

/** A metric cell's value (and any value a "not enough orders (12/30)" carries along). */
function readCell(cell: GridCell, column: Extract<Column, { kind: 'metric' }>, ctx: NumberContext): CellValue[] {
  const out: CellValue[] = [];
  // The cell as shown first ("$" "48,213.09" is one amount, "14" " / 48 points" one figure), then each piece.
  const texts = cell.text && cell.texts.length > 1 ? [cell.text, ...cell.texts] : cell.texts;
  for (const text of texts) {
    if (isNoValueText(text)) {
      out.push({ key: column.key, value: null, currency: null });
      // "Not enough orders (12/30)": the count out of the 30 a score needs is the 90-day order count.
      const count = OUT_OF_30_RE.exec(text)?.[1];
      if (count !== undefined) out.push({ key: 'ordersLast90Days', value: Number(count), currency: null, carried: true });
      return out;
    }
  }
  for (const text of texts) {
    if (isComparisonText(text) || isSignedNumber(text)) continue;
    for (const c of candidates(text)) {
      const parsed = parseNumber(c.text, ctx);
      if (!parsed) continue;
      const key = keyFor(column.key, !!column.generic, c.before, parsed.kind === 'amount' ? parsed.outOf : null, ctx.region ?? null);
      const fit = fitMetric(key, parsed);
      if (fit === undefined) continue;
      const currency = METRICS[key].unit === 'money' && fit.value !== null ? (fit.currency ?? (fit.marker ? null : column.currency)) : null;
      // "$" in a row whose market we do not know names no currency: the amount is still the shop's.
      out.push({ key, value: fit.value, currency, marker: fit.marker });
      return out;
    }
  }
  return out;
}

function regionOfCell(texts: string[]): string | null {
  for (const t of texts) {
    const r = marketOf(t);
    if (r) return r;
  }
  return null;
}

const idOfText = (t: string): string | null => SHOP_ID_LINE_RE.exec(t.trim())?.[1] ?? (/^[\w-]{4,64}$/.test(t.trim()) ? t.trim() : null);

/** The shop's name: the first text of its cell that is not an id, a code, a bare figure or an avatar's initials. */
function nameOf(texts: string[]): string | null {
  const names: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    const prev = texts[i - 1]?.trim() ?? '';
    if (SHOP_ID_LINE_RE.test(t) || SHOP_CODE_LINE_RE.test(t)) continue;
    if (/[:：]$/u.test(prev)) continue; // the value of "Shop code:" printed apart
    // eslint-disable-next-line no-control-regex -- a name with control characters is not stored
    if (!/\p{L}/u.test(t) || t.length > 200 || /[\u0000-\u001f\u007f]/u.test(t)) continue;
    names.push(t);
  }
  // "K" in an avatar before "Kedai Rempah Nyonya": initials are not the name when a name follows.
  return names.find((n) => [...n].length > 2) ?? names[0] ?? null;
}

/** Ids and markets a row's links carry (`…?shop_id=…&shop_region=…`), as Seller Center URLs do. */
function fromLinks(hrefs: string[]): { shopId: string | null; region: string | null } {
  for (const href of hrefs) {
    try {
      const u = new URL(href, 'https://partner.tiktokshop.com/');
      const id = u.searchParams.get('shop_id')?.trim();
      const region = u.searchParams.get('shop_region');
      if (id && /^[\w-]{1,64}$/.test(id)) return { shopId: id, region: region ? isoRegion(region) : null };
    } catch {
      /* not a URL */
    }
  }
  return { shopId: null, region: null };
}

function rowOf(row: GridRow, columns: Array<Column | null>, ctx: RowContext): ShopRow | null {
  const texts = (kind: ShopColumn) => {
    const i = columns.findIndex((c) => c?.kind === kind);
    return i < 0 ? [] : (row.cells[i]?.texts ?? []);
  };
  const nameTexts = texts('name');
  const name = nameOf(nameTexts);
  if (!name || TOTAL_ROW_RE.test(name)) return null;
  const linked = fromLinks(row.hrefs);
  const shopId = texts('shopId').map(idOfText).find(Boolean) ?? nameTexts.map((t) => SHOP_ID_LINE_RE.exec(t.trim())?.[1]).find(Boolean) ?? linked.shopId;
  const region = regionOfCell(texts('region')) ?? linked.region ?? ctx.region;
  // A row's numbers are written the way its own amounts show ("Rp 482,915,300": a dot
  // decimal on a Chinese Partner Center page), else the way its market writes them.
  const own = decimalOf(evidenceIn(normalizeText(row.cells.map((c) => c.texts.join(' ')).join(' '))));
  const numbers: NumberContext = { region, decimal: own ?? (region && region !== ctx.region ? null : ctx.decimal) };

  const raw: Metrics = {};
  const carried: Metrics = {};
  let currency: string | null = null;
  columns.forEach((column, i) => {
    if (column?.kind !== 'metric') return;
    for (const v of readCell(row.cells[i] ?? { text: '', texts: [] }, column, numbers)) {
      const isMoney = METRICS[v.key].unit === 'money' && v.value !== null;
      // One currency per row, like one per reading: an amount in another is not this shop's figure.
      if (isMoney && currency && (v.currency ? v.currency !== currency : !!v.marker)) continue;
      if (isMoney) currency ??= v.currency;
      const into = v.carried ? carried : raw;
      if (!(v.key in into)) into[v.key] = v.value;
    }
  });
  for (const [k, v] of Object.entries(carried) as Array<[MetricKey, number | null]>) if (!(k in raw)) raw[k] = v;
  return { name, region, shopId: shopId ?? null, currency, period: ctx.period, metrics: validMetricsOf(raw) };
}

/** What each column holds; the first column of each kind counts, a repeat ("GMV" twice) is left alone. */
function columnsOf(headers: string[], region: string | null): Array<Column | null> {
  const seen = new Set<string>();
  return headers.map((h) => {
    const c = columnOf(h, region);
    const id = c ? (c.kind === 'metric' ? c.key : c.kind) : null;
    if (!c || !id || seen.has(id)) return null;
    seen.add(id);
    return c;
  });
}

/** A shop list: one column names the shop and at least one holds a metric. */
const isShopList = (columns: Array<Column | null>) => columns.some((c) => c?.kind === 'name') && columns.some((c) => c?.kind === 'metric');

function shopRowsOf(grid: Grid, ctx: RowContext): ShopRow[] {
  const columns = columnsOf(grid.headers, ctx.region);
  return grid.rows.flatMap((r) => rowOf(r, columns, ctx) ?? []);
}

/** Every shop row of every shop list on the page, in page order. */
export function readShopRows(root: ParentNode, ctx: RowContext): ShopRow[] {
  return gridsIn(root, (headers) => isShopList(columnsOf(headers, ctx.region)), ctx.isShown).flatMap((g) => shopRowsOf(g, ctx));
}
