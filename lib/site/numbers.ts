/**
 * Page text → number, explicitly: `$48,213.09`, `$1.2K`, `58,747`, `5.23%`, `4.60`,
 * `--`, `1.234,56 €`, `Rp 12.345.678`, `0,3%`, `1.23万`, `30K-100K`, `12/30`.
 * Never throws; anything that is not exactly one of these shapes is `null`.
 * Values are built from the digit string (`Number('123e-2')`) so no float drift.
 */
import { CURRENCY_MARKERS, currencyOf, defaultDecimal, type DecimalMark } from './currency';
import { escapeRegExp } from './regexp';

export type Amount = {
  /** The number as shown, scaled by K/M/万… (5.23 for `5.23%`). */
  value: number;
  /** Digits and power of ten: value = Number(`${mant}e${exp}`). */
  mant: string;
  exp: number;
  percent: boolean;
  /** The currency marker printed next to the number, and its ISO code when known here. */
  marker: string | null;
  currency: string | null;
  /** Had a K/M/万 suffix. */
  scaled: boolean;
  /** `12/30` → value 12, outOf 30. */
  outOf: number | null;
};

export type Parsed =
  | { kind: 'none' } // `--`, `N/A`: shown without a value
  | ({ kind: 'amount' } & Amount)
  | { kind: 'range'; low: Amount; high: Amount };

export type NumberContext = { region?: string | null; decimal?: DecimalMark | null };

const SUFFIX_POW: Record<string, number> = {
  K: 3, k: 3, M: 6, B: 9, bn: 9, 千: 3, 万: 4, 亿: 8, rb: 3, ribu: 3, jt: 6, juta: 6, Tr: 6, tr: 6, ล้าน: 6,
};

const MARK = `(?:${CURRENCY_MARKERS.map(escapeRegExp).join('|')})`;
const SUFFIX = `(?:${Object.keys(SUFFIX_POW).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
/** Thousands separated by a no-break space (`1 234,56 €`) are marked with this before NFKC. */
const NB = '\ue000';
const AMOUNT_RE = new RegExp(`^(${MARK})? ?(\\d[\\d.,'${NB}]*)(?: ?(${SUFFIX}))?(?: ?(%))?(?: ?(${MARK}))?$`, 'u');
/** Shown instead of a value: `--`, a lone dash (`-`, `–`, `—`), N/A. */
const NONE_RE = /^(?:--|-|–|—|N\/A|n\/a)$/;
const RANGE_RE = /^(.+?\S) ?(?:[-–—~]|to) ?(\S.+)$/;

const PRINTABLE_ASCII_RE = /^[\x20-\x7e]*$/;
const MEMO_SIZE = 20_000;
const MEMO_MAX_CHARS = 256;
const normalized = new Map<string, string>();

/** NFKC (full-width digits, `％`, `￥`), NBSP-grouped thousands marked, one space. */
export function normalizeText(text: string): string {
  // Hot: the reader normalizes every token several times. Printable ASCII needs only the
  // space collapse (NFKC, NBSP and zero-width steps cannot change it); the rest is memoized.
  if (PRINTABLE_ASCII_RE.test(text)) return (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
  // Only short texts (labels, figures) are kept: a hostile page's huge text must not stay in memory.
  if (text.length > MEMO_MAX_CHARS) return normalizeSlow(text);
  let out = normalized.get(text);
  if (out === undefined) {
    if (normalized.size >= MEMO_SIZE) normalized.clear();
    normalized.set(text, (out = normalizeSlow(text)));
  }
  return out;
}

function normalizeSlow(text: string): string {
  return text
    .replaceAll(NB, '')
    .replace(/(\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))/g, `$1${NB}`)
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split `1.234,56` into digits and decimal places, or null when the grouping is not valid. */
function splitDigits(num: string, dec: DecimalMark): { mant: string; frac: number } | null {
  if (/[^\d]$/.test(num) || /[^\d]{2}/.test(num)) return null;
  const seps = num.replace(/[^.,]/g, '');
  const hasDot = seps.includes('.');
  const hasComma = seps.includes(',');
  let decimal: string | null = null;
  if (hasDot && hasComma) {
    decimal = seps.at(-1) ?? null;
  } else if (seps.length === 1 && (hasDot || hasComma)) {
    const after = num.length - num.indexOf(seps) - 1;
    decimal = after !== 3 || num.startsWith(`0${seps}`) || seps === dec ? seps : null;
  }
  let intPart = num;
  let fracPart = '';
  if (decimal) {
    const at = num.lastIndexOf(decimal);
    intPart = num.slice(0, at);
    fracPart = num.slice(at + 1);
    if (intPart.includes(decimal) || !/^\d+$/.test(fracPart)) return null;
  }
  const groupSeps = new Set(intPart.replace(/\d/g, ''));
  const groups = intPart.split(/[^\d]/);
  if (groups.length > 1) {
    if (groupSeps.size > 1) return null;
    const [first, ...rest] = groups;
    if (!first || first.length > 3 || first.startsWith('0')) return null;
    if (rest.some((g) => g.length !== 3)) return null;
  }
  const mant = groups.join('') + fracPart;
  if (mant.length > 16) return null;
  return { mant, frac: fracPart.length };
}

function parseAmount(s: string, ctx: NumberContext): Amount | null {
  const m = AMOUNT_RE.exec(s);
  if (!m) return null;
  const [, pre, num = '', suffix, pct, post] = m;
  if (pre && post) return null;
  if (pct && (suffix || pre || post)) return null;
  const marker = pre ?? post ?? null;
  const region = ctx.region ?? null;
  const currency = marker ? currencyOf(marker, region) : null;
  const digits = splitDigits(num, ctx.decimal ?? defaultDecimal(region, currency));
  if (!digits) return null;
  const exp = (suffix ? (SUFFIX_POW[suffix] ?? 0) : 0) - digits.frac;
  const value = Number(`${digits.mant}e${exp}`);
  if (!Number.isFinite(value)) return null;
  return { value, mant: digits.mant, exp, percent: !!pct, marker, currency, scaled: !!suffix, outOf: null };
}

function parseFraction(s: string, ctx: NumberContext): Amount | null {
  const parts = s.split(/ ?\/ ?/);
  if (parts.length !== 2) return null;
  const top = parseAmount(parts[0] ?? '', ctx);
  const bottom = parseAmount(parts[1] ?? '', ctx);
  if (!top || !bottom || top.percent || top.marker || top.scaled) return null;
  if (bottom.percent || bottom.marker || bottom.scaled || !Number.isInteger(bottom.value) || bottom.value <= 0) return null;
  return { ...top, outOf: bottom.value };
}

function parseRange(s: string, ctx: NumberContext): Parsed | null {
  const m = RANGE_RE.exec(s);
  if (!m) return null;
  const low = parseAmount(m[1] ?? '', ctx);
  const high = parseAmount(m[2] ?? '', ctx);
  if (!low || !high || low.value >= high.value) return null;
  if (low.percent && !high.percent) return null;
  if (low.currency && high.currency && low.currency !== high.currency) return null;
  const percent = high.percent;
  const currency = low.currency ?? high.currency;
  const marker = low.marker ?? high.marker;
  return { kind: 'range', low: { ...low, percent, currency, marker }, high: { ...high, currency, marker } };
}

/** Parse one piece of visible text as a single number, a range or a "no value" mark. */
export function parseNumber(text: string, ctx: NumberContext = {}): Parsed | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const s = normalizeText(text);
  if (!s) return null;
  if (NONE_RE.test(s)) return { kind: 'none' };
  const amount = parseAmount(s, ctx) ?? parseFraction(s, ctx);
  if (amount) return { kind: 'amount', ...amount };
  return parseRange(s, ctx);
}

/** `1.234,56` only means one thing with a decimal comma, `1,234.56` / `5.23%` with a dot. */
// Two thousands marks in one number (`482,915,300`, `Rp 12.845.300`) say the other is the decimal.
const COMMA_EVIDENCE_RE = /\d\.\d{3},\d{1,2}(?!\d)|(?<![\d.,])\d{1,3},\d{1,2} ?(?:%|K|M|€|jt|rb)|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/;
const DOT_EVIDENCE_RE = /\d,\d{3}\.\d{1,2}(?!\d)|(?<![\d.,])\d{1,3}\.\d{1,2} ?(?:%|K|M)|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])/;


export type DecimalEvidence = { comma: boolean; dot: boolean };

/** The decimal marks a normalized text shows (tokens joined by a space). */
export function evidenceIn(normalized: string): DecimalEvidence {
  return { comma: COMMA_EVIDENCE_RE.test(normalized), dot: DOT_EVIDENCE_RE.test(normalized) };
}

/**
 * The same, without the edges' checks, for a text whose pieces run together
 * (`textContent`, spaces collapsed): never misses a mark the pieces apart would show.
 */
export function mayShowEvidence(runTogether: string): DecimalEvidence {
  return {
    comma: /\d\.\d{3},\d{1,2}|\d,\d{1,2} ?(?:%|K|M|€|jt|rb)|\d\.\d{3}\.\d{3}/.test(runTogether),
    dot: /\d,\d{3}\.\d{1,2}|\d\.\d{1,2} ?(?:%|K|M)|\d,\d{3},\d{3}/.test(runTogether),
  };
}

/** The mark a whole page agrees on; a page showing both kinds decides nothing (the region's default applies). */
export function decimalOf({ comma, dot }: DecimalEvidence): DecimalMark | null {
  return comma && !dot ? ',' : dot && !comma ? '.' : null;
}
