/**
 * Dates in a sample are shifted, not scrambled: every date on the page moves back by the
 * same whole number of weeks, so a date range stays a range of the same length, weekdays
 * stay right and the reader still finds the page's period, while the real dates (which
 * say when the seller looked) are gone. The format is kept: padding, separators, month
 * names in their language and case. Dates in a format not listed here lose their digits
 * like any other number.
 */

const MONTH_LISTS: readonly (readonly string[])[] = [
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  // The other languages the reader finds a period in (lib/site/period.ts): Thai (with dotted
  // abbreviations, Buddhist-era years shift like any), German, French, Spanish, Italian, Portuguese.
  ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
];
/** Lowercase month name → [its list, month 1–12]; the first list that has a name wins. */
const MONTH_INDEX = new Map<string, [readonly string[], number]>();
for (const list of MONTH_LISTS) {
  list.forEach((name, i) => {
    if (!MONTH_INDEX.has(name.toLowerCase())) MONTH_INDEX.set(name.toLowerCase(), [list, i + 1]);
  });
}
const MON = [...MONTH_INDEX.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** A calendar date; `monthFirst` remembers how a `06/03/2025` was written. */
type Day = { y: number; m: number; d: number; monthFirst?: boolean };
type Format = { re: RegExp; read(m: RegExpExecArray, region: string | null): Day; write(m: RegExpExecArray, day: Day): string };

/** `n` with as many digits as `like` had (`03` stays two digits, `3` one or two). */
const pad = (n: number, like: string) => String(n).padStart(like.length, '0');

/** `Jun` → `Mar`, `JUNE` → `MARCH`: the same list, the same case. */
function monthName(original: string, m: number): string {
  const list = MONTH_INDEX.get(original.toLowerCase())?.[0] ?? MONTH_LISTS[0] ?? [];
  const name = list[m - 1] ?? '';
  if (original === original.toUpperCase()) return name.toUpperCase();
  if (original === original.toLowerCase()) return name.toLowerCase();
  return name;
}

const monthOf = (name = '') => MONTH_INDEX.get(name.toLowerCase())?.[1] ?? 0;
const g = (m: RegExpExecArray, i: number) => m[i] ?? '';

/** The formats the reader also finds a period in (lib/site/period.ts). */
const FORMATS: readonly Format[] = [
  {
    // 2025-06-03, 2025/06/03, 2025.06.03
    re: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    read: (m) => ({ y: +g(m, 1), m: +g(m, 3), d: +g(m, 4) }),
    write: (m, t) => `${t.y}${g(m, 2)}${pad(t.m, g(m, 3))}${g(m, 2)}${pad(t.d, g(m, 4))}`,
  },
  {
    // 2025年6月3日
    re: /(\d{4})年(\d{1,2})月(\d{1,2})日/g,
    read: (m) => ({ y: +g(m, 1), m: +g(m, 2), d: +g(m, 3) }),
    write: (m, t) => `${t.y}年${pad(t.m, g(m, 2))}月${pad(t.d, g(m, 3))}日`,
  },
  {
    // 03/06/2025: month first in the US (or when the second number cannot be a month), else day first
    re: /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g,
    read: (m, region) => {
      const a = +g(m, 1);
      const b = +g(m, 3);
      const monthFirst = region === 'US' || (a <= 12 && b > 12);
      return monthFirst ? { y: +g(m, 4), m: a, d: b, monthFirst } : { y: +g(m, 4), m: b, d: a, monthFirst };
    },
    write: (m, t) => {
      const [first, second] = t.monthFirst ? [t.m, t.d] : [t.d, t.m];
      return `${pad(first, g(m, 1))}${g(m, 2)}${pad(second, g(m, 3))}${g(m, 2)}${t.y}`;
    },
  },
  {
    // Jun 3, 2025 · June 3 2025
    re: new RegExp(`\\b(${MON})(\\.?) (\\d{1,2})(,?) (\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: +g(m, 5), m: monthOf(m[1]), d: +g(m, 3) }),
    write: (m, t) => `${monthName(g(m, 1), t.m)}${g(m, 2)} ${t.d}${g(m, 4)} ${t.y}`,
  },
  {
    // 3 Jun 2025 · 3 Juni 2025
    re: new RegExp(`\\b(\\d{1,2}) (${MON})(\\.?)(,?) (\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: +g(m, 5), m: monthOf(m[2]), d: +g(m, 1) }),
    write: (m, t) => `${t.d} ${monthName(g(m, 2), t.m)}${g(m, 3)}${g(m, 4)} ${t.y}`,
  },
];

const DAY_MS = 86_400_000;

/** The day `days` later (negative: earlier), or null when `day` is no calendar date. */
function shiftDay(day: Day, days: number): Day | null {
  const { y, m, d } = day;
  if (y < 1970 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  const moved = new Date(t + days * DAY_MS);
  return { y: moved.getUTCFullYear(), m: moved.getUTCMonth() + 1, d: moved.getUTCDate(), monthFirst: day.monthFirst };
}

export type DateSpan = { at: number; end: number; text: string };

/** Every date in `text` that is a real calendar date, with its shifted text; spans never overlap. */
export function shiftedDates(text: string, days: number, region: string | null): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const format of FORMATS) {
    format.re.lastIndex = 0;
    for (let m = format.re.exec(text); m; m = format.re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (spans.some((s) => at < s.end && s.at < end)) continue;
      const moved = shiftDay(format.read(m, region), days);
      if (moved) spans.push({ at, end, text: format.write(m, moved) });
    }
  }
  return spans.sort((a, b) => a.at - b.at);
}

/** How far a page's dates move: back 3 to 42 whole weeks, chosen by the page's seed. */
export function shiftDaysOf(seed: number): number {
  return -7 * (3 + (seed % 40));
}
