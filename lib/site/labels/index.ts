/**
 * The visible labels of every metric, per page language, as data (one file per language
 * group). A label is matched as a whole text after normalizeLabel — never as a substring,
 * so "GMV" does not match "GMV trend" — which forgives what pages vary on: case, hyphens
 * and slashes ("Ship on-time rate" = "Ship on time rate"), "&"/"and", a trailing ⓘ, `:`
 * or `*`, a unit in brackets ("GMV (USD)"), an abbreviation in brackets ("Late dispatch
 * rate (LDR)"). Adding a language = adding a file here.
 */
import { METRIC_KEYS, METRICS, type MetricKey } from '../../metrics';
import { normalizeText } from '../numbers';
import { EN } from './en';
import { DE, ES, FR, IT, JA, PT } from './europe';
import { ID, MS, TH, VI } from './sea';
import { byConcepts, CONCEPT_HEADS } from './concepts';
import type { LabelSet } from './types';
import { ZH } from './zh';

export const LOCALES = ['en', 'zh-CN', 'id', 'ms', 'th', 'vi', 'pt-BR', 'de', 'fr', 'es', 'it', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

const SETS: Record<Locale, LabelSet> = { en: EN, 'zh-CN': ZH, id: ID, ms: MS, th: TH, vi: VI, 'pt-BR': PT, de: DE, fr: FR, es: ES, it: IT, ja: JA };

/** Per metric, per locale: the labels as written. */
export const LABELS: Record<MetricKey, Partial<Record<Locale, readonly string[]>>> = Object.fromEntries(
  METRIC_KEYS.map((key) => [key, Object.fromEntries(LOCALES.flatMap((loc) => (SETS[loc][key] ? [[loc, SETS[loc][key]]] : [])))]),
) as Record<MetricKey, Partial<Record<Locale, readonly string[]>>>;

/** Trailing decorations a label may carry: `GMV (USD)`, `成交金额(元)`, `Revenue ($)`. */
const LABEL_UNIT_RE = /\s*[(（]\s*([a-z]{3}|[$€£¥₱฿₫%]|rm|rp|r\$|us\$|元|件|人|单)\s*[)）]$/u;
/** A bracketed abbreviation or gloss after a label: `(LDR)`, `(SPS)`, `(GMV)`, `(90 days)`. */
const LABEL_GLOSS_RE = /\s*[(（]([^()（）]{1,40})[)）]$/u;
const FIGURE_GLOSS_RE = /^\s*[-+]?[\d.,\s]+\s*%?\s*$/u;

export type LabelMatch = { key: MetricKey; unit: string | null };

/** Lowercased, NFKC, one spelling for hyphens, slashes, apostrophes and "&"/"and"; no trailing `:`/`*`/`ⓘ`/`?`. */
function canonical(text: string): string {
  return normalizeText(text.replace(/\u24d8|\u2139|\ufe0f/g, ''))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/(\p{L})[-‐‑–/·.](?=\p{L})/gu, '$1 ')
    .replace(/\s*(?:&|\band\b)\s*/g, ' ')
    // "LIVE · View analysis": the separator before a link is not part of the label.
    .replace(/[\s:：*?？!·•|–—-]+$/u, '')
    .replace(/^[\s*•·]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The label as matchLabel compares it, and a unit printed in brackets after it. */
export function normalizeLabel(text: string): { label: string; unit: string | null } {
  const s = canonical(text);
  const m = LABEL_UNIT_RE.exec(s);
  if (!m) return { label: s, unit: null };
  return { label: s.slice(0, m.index).replace(/[\s:：*]+$/u, ''), unit: m[1] ?? null };
}

const INDEX = new Map<string, MetricKey>();
for (const key of METRIC_KEYS) {
  for (const list of Object.values(LABELS[key])) {
    for (const text of list ?? []) INDEX.set(normalizeLabel(text).label, key);
  }
}

/** Every label as matchLabel compares it (lowercase, NFKC, without decorations). */
export const NORMALIZED_LABELS: readonly string[] = [...INDEX.keys()];

/** Longer texts are never labels. */
export const LABEL_MAX_CHARS = 80;

/** "Your shop score", "Ihre Shop-Leistungsbewertung", "Skor toko Anda": the label without "your" (guesses beyond English). */
const POSSESSIVES = ['your', 'ihre', 'ihr', 'deine', 'dein', 'votre', 'vos', 'tu', 'tus', 'su', 'sus', 'il tuo', 'la tua', 'il suo', 'la sua', 'seu', 'sua', 'o seu', 'a sua', 'あなたの', '您的', '你的'];
const POSSESSIVE_RE = new RegExp(`^(?:${POSSESSIVES.filter((w) => /^[a-z ]+$/.test(w)).join('|')})\\s+|^(?:あなたの|您的|你的)|\\s+(?:anda|kamu|của bạn|ของคุณ)$`, 'gu');

/** "Pedidos totais", "Total orders", "总订单数": the whole of a listed figure is that figure (guesses beyond English and Chinese). */
const TOTAL_RE =
  /^(?:total|totals|gesamte?|insgesamt|tổng(?: số)?|รวม|jumlah)\s+|^(?:总|合计|合計|累计)|\s+(?:total|totals|totais|totales|totale|totaux|gesamt|insgesamt|keseluruhan|tổng|ทั้งหมด|รวม)$/u;

/** How many first characters of a label `mayStartLabel` compares. */
const HEAD = 4;
/** The first HEAD characters (or all, when shorter) of every label, normalized. */
const HEADS = new Set([...INDEX.keys(), ...CONCEPT_HEADS, ...POSSESSIVES].map((label) => label.slice(0, HEAD)));
const ASCII_RE = /^[\x21-\x7e][\x20-\x7e]*$/;

/**
 * Could a text that starts like `text` be a label, or an element's text that starts with
 * it? Cheap: most texts on a page (figures, names, SKUs) fail here.
 */
export function mayStartLabel(text: string): boolean {
  // Figures, prices and punctuation: no label starts with an ASCII digit or sign.
  // Figures, prices and punctuation: no label starts with an ASCII digit or sign, but
  // for a day count ("90-day orders", "近90天" is not at the start, "90天有效订单数" is).
  if (text.charCodeAt(0) < 65) return /^\d{2,3}(?:[-\s]?day|[^\p{ASCII}])/iu.test(text);
  let head = text.slice(0, HEAD + 1);
  head = ASCII_RE.test(head) ? head.toLowerCase().replace(/([a-z])-(?=[a-z])/g, '$1 ') : canonical(text.slice(0, 24));
  if (head.length < 2) return true; // too short to tell: the element's text may go on
  for (let n = 2; n <= HEAD; n++) if (HEADS.has(head.slice(0, n))) return true;
  // The 90-day order count is known by its parts, whatever word it starts with ("Berücksichtigte Bestellungen (letzte 90 Tage)").
  return text.length <= LABEL_MAX_CHARS && NINETY_RE.test(text);
}

const NINETY_RE = /(?<!\d)90(?!\d)/;

/** Words for "orders" in every page language. */
// As written and NFKC'd like the labels they test (Thai ำ becomes ํา).
const bothForms = (re: RegExp) => new RegExp(`${re.source}|${re.source.normalize('NFKC')}`, re.flags);
export const ORDERS_WORD_RE = bothForms(/\b(?:orders?|pedidos|commandes|bestellungen|ordini|pesanan)\b|órdenes|đơn hàng|คำสั่งซื้อ|订单|注文/iu);
const RATE_WORD_RE = bothForms(/\b(?:rate|taux|tasa|taxa|tasso|quote|tingkat|kadar)\b|tỷ lệ|率|อัตรา/iu);

/**
 * Wordings no list can foresee, known by their parts. No public capture shows how Seller
 * Center words the 90-day order count (DOMAIN.md), so any short label that speaks of
 * orders and of 90 (days) is it — "Pedidos válidos (últimos 90 dias)", "90-day orders".
 */
function byParts(label: string): MetricKey | null {
  const digits = label.match(/\d+/g) ?? [];
  if (label.length <= 60 && digits.length === 1 && digits[0] === '90' && ORDERS_WORD_RE.test(label) && !RATE_WORD_RE.test(label)) return 'ordersLast90Days';
  return rateWithQualifier(label);
}

/**
 * A rate's label (three words or more, specific enough) followed by a short qualifier:
 * "Tỷ lệ trả hàng/hoàn tiền do lỗi người bán", "Return/refund rate excluding buyer fault".
 */
function rateWithQualifier(label: string): MetricKey | null {
  const words = label.split(' ');
  for (let n = Math.min(words.length - 1, 8); n >= 3; n--) {
    const key = INDEX.get(words.slice(0, n).join(' '));
    if (key && METRICS[key].unit === 'ratio') {
      const rest = words.slice(n);
      return rest.length <= 5 && !/\d/.test(rest.join(' ')) ? key : null;
    }
  }
  return null;
}

/** Texts a page shows again on every read (and in every row): matched once. Bounded like normalizeText's memo. */
const MEMO_SIZE = 10_000;
const memo = new Map<string, LabelMatch | null>();

/** Which metric a visible text labels, if any (whole-text match, every locale). */
export function matchLabel(text: string): LabelMatch | null {
  if (text.length > LABEL_MAX_CHARS) return null;
  let hit = memo.get(text);
  if (hit === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, (hit = matchLabelNow(text)));
  }
  return hit;
}

function matchLabelNow(text: string): LabelMatch | null {
  const { label, unit } = normalizeLabel(text);
  const own = label.replace(POSSESSIVE_RE, '');
  const whole = own.replace(TOTAL_RE, '');
  const key =
    INDEX.get(label) ?? (own !== label ? INDEX.get(own) : undefined) ?? (whole !== own ? INDEX.get(whole) : undefined) ?? byParts(own) ?? byConcepts(own);
  if (key) return { key, unit };
  // `Late dispatch rate (LDR)`, `Shop Performance Score (SPS)`: the label with a gloss.
  const gloss = LABEL_GLOSS_RE.exec(label);
  // "orders (1.32%)": a figure in brackets is a value, no gloss.
  if (!gloss || FIGURE_GLOSS_RE.test(gloss[1] ?? '')) return null;
  const headText = label.slice(0, gloss.index).trim();
  const head = INDEX.get(headText) ?? byConcepts(headText.replace(POSSESSIVE_RE, ''));
  const inner = INDEX.get((gloss[1] ?? '').trim());
  if (head && (!inner || inner === head)) return { key: head, unit };
  return null;
}

/**
 * "Account health", "Kesihatan akaun", "Shop Health": a health score named without saying
 * which one. US and UK pages rate health 0–1000 (`ahr`), Southeast Asia counts violation
 * points: the page's region decides (expected.ts); elsewhere the name says too little.
 * Beyond English and DOMAIN.md's Tokopedia "Kesehatan Toko" / "Shop Health", guesses.
 */
const HEALTH_NAMES = new Set(
  [
    'Account health', 'Account health score', 'Shop health', 'Kesehatan toko', 'Kesehatan akun', 'Kesihatan akaun', 'Kesihatan kedai',
    'Tình trạng tài khoản', 'Sức khỏe tài khoản', 'สุขภาพบัญชี', 'สุขภาพร้านค้า', '账户健康', '账户健康度', '店铺健康', 'アカウント健全性',
    'アカウントの健全性', 'Saúde da conta', 'Salud de la cuenta', 'Santé du compte', 'Kontozustand', 'Kontogesundheit', "Salute dell'account",
  ].map((t) => normalizeLabel(t).label),
);

export function isHealthName(text: string): boolean {
  return text.length <= LABEL_MAX_CHARS && HEALTH_NAMES.has(normalizeLabel(text).label.replace(POSSESSIVE_RE, ''));
}
