/**
 * The page's date range, when it shows exactly one: `Jun 3, 2025 - Jun 9, 2025`,
 * `2025-06-03 ~ 2025-06-09`, `03/06/2025 - 09/06/2025` (day first outside the US),
 * `2025年6月3日 至 2025年6月9日`, `3 มิ.ย. 2568` or `03/06/2568` (Thai, Buddhist era), or
 * two date inputs of a range picker. The dates are
 * already the shop's calendar days, so they are returned as shown (ISO). No clock:
 * "Last 7 days" without dates is `null`.
 */
import { isPeriod, type Period } from '../metrics';
import { normalizeText } from './numbers';
import { escapeRegExp } from './regexp';
import { COMPARED_RE, DATA_INTRO_RE, DAY_INTRO_RE, UPDATED_AFTER_RE } from './period-words';

const MONTHS: Record<string, number> = {};
/** English, Indonesian/Malay, German, French, Spanish, Italian and Portuguese month names and abbreviations. */
const MONTH_NAMES: readonly string[][] = [
  ['jan', 'january', 'januari', 'januar', 'jän', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio', 'janeiro'],
  ['feb', 'february', 'februari', 'februar', 'févr', 'fevr', 'février', 'febrero', 'febbraio', 'fev', 'fevereiro'],
  ['mar', 'march', 'maret', 'mac', 'mär', 'märz', 'mars', 'marzo', 'março'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mei', 'mai', 'mayo', 'mag', 'maggio', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho'],
  ['aug', 'august', 'agu', 'ags', 'agustus', 'ogo', 'ogos', 'août', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'des', 'desember', 'dis', 'disember', 'dez', 'dezember', 'déc', 'décembre', 'dic', 'diciembre', 'dicembre', 'dezembro'],
];
/** Thai month names and their dotted abbreviations (`3 มิ.ย. 2568`), January first. */
const THAI_MONTHS: readonly string[][] = [
  ['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'], ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'], ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
THAI_MONTHS.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MON = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\.?`;

type Found = { at: number; end: number; iso: string };
type Builder = (m: RegExpExecArray, region: string | null) => [number, number, number] | null;

const num = (s: string | undefined) => Number(s ?? 'NaN');

const FORMATS: ReadonlyArray<[RegExp, Builder]> = [
  [/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, (m) => [num(m[1]), num(m[2]), num(m[3])]],
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (m) => [num(m[1]), num(m[2]), num(m[3])]],
  [new RegExp(`\\b${MON} (\\d{1,2}),? (\\d{4})\\b`, 'g'), (m) => [num(m[3]), MONTHS[m[1] ?? ''] ?? 0, num(m[2])]],
  // `21 nov. 2026`, `3. Juni 2025`, `3 de junio de 2025`
  [new RegExp(`\\b(\\d{1,2})\\.? (?:de )?${MON},? (?:de )?(\\d{4})\\b`, 'gu'), (m) => [num(m[3]), MONTHS[m[2] ?? ''] ?? 0, num(m[1])]],
  [
    /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g,
    (m, region) => {
      const a = num(m[1]);
      const b = num(m[2]);
      const y = num(m[3]);
      if (region === 'US') return [y, a, b];
      if (region) return [y, b, a];
      if (a <= 12 && b <= 12 && a !== b) return null; // day or month first? unknowable
      return a > 12 ? [y, b, a] : [y, a, b];
    },
  ],
];

/** Thai pages may print Buddhist-era years (2568 = 2025); no Gregorian year that high is read. */
const BUDDHIST_ERA_OFFSET = 543;

function isoDate([year, m, d]: [number, number, number]): string | null {
  const y = year >= 2016 + BUDDHIST_ERA_OFFSET && year <= 2099 + BUDDHIST_ERA_OFFSET ? year - BUDDHIST_ERA_OFFSET : year;
  if (y < 2016 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

/** `10/19/2026` can only be month first, `19/10/2026` only day first. */
const NUMERIC_DATE_RE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;

/**
 * Which way the text's own numeric dates are written, where one of them shows it and none
 * shows the other: a Brazilian page printing US dates ("10/06/2026 - 10/19/2026") reads as it
 * writes, whatever its region's habit. Else the region decides.
 */
let lastOrder: { s: string; region: string | null; order: string | null } | null = null;

function numericOrder(s: string, region: string | null): string | null {
  // A page's whole text is asked twice a read (its range, its day): counted once.
  if (lastOrder && lastOrder.s === s && lastOrder.region === region) return lastOrder.order;
  const order = countedOrder(s, region);
  lastOrder = { s, region, order };
  return order;
}

function countedOrder(s: string, region: string | null): string | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const m of s.matchAll(NUMERIC_DATE_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  if (monthFirst && !dayFirst) return 'US';
  if (dayFirst && !monthFirst) return region && region !== 'US' ? region : 'GB';
  return region;
}

function findDates(s: string, pageRegion: string | null): Found[] {
  const region = s.includes('/') || s.includes('.') || s.includes('-') ? numericOrder(s, pageRegion) : pageRegion;
  const found: Found[] = [];
  for (const [re, build] of FORMATS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const ymd = build(m, region);
      const iso = ymd && isoDate(ymd);
      if (iso && !found.some((f) => m && m.index < f.end && f.at < m.index + m[0].length)) {
        found.push({ at: m.index, end: m.index + m[0].length, iso });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Between the two dates: a dash, "to", 至…, or nothing (two picker inputs with an icon between). */
const BETWEEN_RE = /^\s*(?:-|–|—|~|〜|～|to|至|s\/d|sampai|đến|ถึง|bis|au|al|a|até)?\s*$/i;
const MAX_DAYS = 366;

/**
 * Where, in the text before a date, the words that say what the range is begin ("Compared
 * with", "compares with", "Dados de", "统计时间："), or -1. A page sample keeps those words.
 */
export function rangeIntroAt(before: string): number {
  const s = before.toLowerCase();
  const m = COMPARED_RE.exec(s) ?? DATA_INTRO_RE.exec(s);
  return m ? m.index : -1;
}

/** Is this the text between a range's two dates ("至", " - ", "s/d")? A page sample keeps it. */
export function isRangeSeparator(text: string): boolean {
  return BETWEEN_RE.test(normalizeText(text));
}

/**
 * Joins a page's texts. A space is enough to keep a date (or a number) from running into
 * the next text, and keeps an ASCII page on normalizeText's fast path.
 */
export const TEXT_SEPARATOR = ' ';

/**
 * Anything that might be a date, in one pass: wider than FORMATS (every format has one
 * of these shapes; month names by their first three letters), and it still holds when
 * neighbouring texts run together.
 */
const DATE_HINT_RE =
  /\d{4}[-/.]\d{1,2}[-/.]\d|\d{4}年|\d[-/.]\d{1,2}[-/.]\d{4}|(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|ags|sep|oct|okt|nov|dec|des)[a-z]*\.? \d|\d\.? (?:de )?(?:j|f|m|a|s|o|n|d|g|l|e)\p{L}{1,8}\.? (?:de )?\d{4}/iu;

/** Could a text show a date? Cheap; false means it certainly does not. */
export function mayShowDate(text: string): boolean {
  return DATE_HINT_RE.test(text);
}

/** Does a (normalized) text show any date the reader would take part in a range? */
export function showsDate(normalized: string, region: string | null): boolean {
  return mayShowDate(normalized) && findDates(normalized.toLowerCase(), region).length > 0;
}

/** The one date range the texts show (besides ranges shown only for comparison), or null when there is none or more than one. */
export function findPeriod(texts: readonly string[], region: string | null): Period | null {
  return periodIn(normalizeText(texts.join(TEXT_SEPARATOR)), region);
}

/** findPeriod on texts already joined by TEXT_SEPARATOR and normalized (normalizeText). */
export function periodIn(normalized: string, region: string | null): Period | null {
  const s = normalized.toLowerCase();
  const dates = findDates(s, region);
  const ranges = new Set<string>();
  const introduced = new Set<string>();
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (!a || !b || !BETWEEN_RE.test(s.slice(a.end, b.at))) continue;
    const days = (Date.parse(b.iso) - Date.parse(a.iso)) / 86_400_000;
    const before = s.slice(Math.max(0, a.at - 40), a.at);
    if (days >= 0 && days <= MAX_DAYS && !COMPARED_RE.test(before)) {
      ranges.add(`${a.iso}/${b.iso}`);
      if (DATA_INTRO_RE.test(before)) introduced.add(`${a.iso}/${b.iso}`);
    }
    i++;
  }
  // Several ranges (a campaign's dates in a banner): the one introduced as the data's.
  const only = ranges.size === 1 ? ranges : introduced.size === 1 ? introduced : null;
  if (!only) return null;
  const [start = '', end = ''] = [...only][0]?.split('/') ?? [];
  return isPeriod({ start, end }) ? { start, end } : null;
}

/**
 * A page of one day's figures ("Today's data") names the day instead of a range: introduced
 * as the data's day, or followed by the time it was updated. One such day, or null. An
 * "Updated Nov 21, 2026" line alone says when, not which days: not a period.
 */
export function dayPeriod(normalized: string, region: string | null): Period | null {
  const s = normalized.toLowerCase();
  const days = new Set<string>();
  const dates = findDates(s, region);
  dates.forEach((d, i) => {
    // A date that starts or ends a range is no day of its own ("Dados de 10/11 a 16/11").
    const prev = dates[i - 1];
    const next = dates[i + 1];
    if ((next && BETWEEN_RE.test(s.slice(d.end, next.at))) || (prev && BETWEEN_RE.test(s.slice(prev.end, d.at)))) return;
    if (DAY_INTRO_RE.test(s.slice(Math.max(0, d.at - 30), d.at)) || UPDATED_AFTER_RE.test(s.slice(d.end, d.end + 30))) days.add(d.iso);
  });
  const [day, ...more] = [...days];
  return day && more.length === 0 ? { start: day, end: day } : null;
}

/**
 * The range of a date-range picker: two date inputs side by side (a separator between),
 * the first pair not introduced as a comparison. A picker says which range the page shows
 * even when a table below lists dates of its own.
 */
export function pickerPeriod(tokens: ReadonlyArray<{ text: string; input: boolean }>, region: string | null): Period | null {
  const dateOf = (text: string) => {
    const found = findDates(normalizeText(text).toLowerCase(), region);
    return found.length === 1 ? found[0]!.iso : null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (!a?.input) continue;
    const start = dateOf(a.text);
    if (!start) continue;
    for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
      const b = tokens[j];
      if (!b) break;
      if (!b.input) {
        if (BETWEEN_RE.test(normalizeText(b.text))) continue;
        break;
      }
      const end = dateOf(b.text);
      const days = end ? (Date.parse(end) - Date.parse(start)) / 86_400_000 : -1;
      const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.text).join(' ');
      if (end && days >= 0 && days <= MAX_DAYS && !COMPARED_RE.test(normalizeText(before).toLowerCase())) return { start, end };
      break;
    }
  }
  return null;
}
