/**
 * Programs that come back: the dates a Partner Center banner gives a program's current run
 * ("Q4 incentives (Oct 1 – Dec 31, 2026)", "BFCM challenge: Nov 12 – Dec 1, 2026"), so the
 * partner programs are judged on this year's dates instead of last year's. Which program a
 * banner names is data below; the dates are read with the reader's own date grammar. Pure.
 */
import { readPageText } from './dom';
import { findPeriod, mayShowDate } from './period';

export type ProgramDates = { programIds: string[]; start: string; end: string };

/** Banner words → the catalog programs they announce (lib/rules/programs.ts ids). */
const PROGRAM_WORDS: ReadonlyArray<{ re: RegExp; ids: readonly string[] }> = [
  {
    re: /\bQ4\b|fourth quarter|第四季度|四季度/i,
    ids: ['tsp-q4-daily-gmv', 'tsp-q4-rank-up', 'tsp-q4-video-credits', 'tsp-q4-affiliate-credits', 'tsp-q4-creator-incubation'],
  },
  { re: /\bBFCM\b|black friday|黑五/i, ids: ['tsp-bfcm-challenge'] },
];

/** "Oct 1 – Dec 31, 2026": the year written once, after the second date, belongs to the first too. */
const YEAR_ONCE_RE = /\b([a-z]{3,9}\.? \d{1,2})(\s*[–—-]\s*|\s+to\s+)([a-z]{3,9}\.? \d{1,2}),? (\d{4})\b/i;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

function withYears(text: string): string {
  return text.replace(YEAR_ONCE_RE, (_all, a: string, sep: string, b: string, year: string) => {
    const ma = MONTHS.indexOf(a.slice(0, 3).toLowerCase());
    const mb = MONTHS.indexOf(b.slice(0, 3).toLowerCase());
    // "Dec 15 – Jan 15, 2027": the first date is in the year before.
    const first = ma > mb && mb >= 0 ? Number(year) - 1 : Number(year);
    return `${a}, ${first}${sep}${b}, ${year}`;
  });
}

/** The program runs a page announces, one per banner that names a program and one date range. */
export function readProgramDates(root: ParentNode, region: string | null): ProgramDates[] {
  const out: ProgramDates[] = [];
  const seen = new Set<string>();
  for (const { text } of readPageText(root).tokens) {
    if (text.length > 300 || !mayShowDate(text)) continue;
    const program = PROGRAM_WORDS.find((p) => p.re.test(text));
    if (!program) continue;
    const period = findPeriod([withYears(text)], region);
    const key = `${program.ids[0]}|${period?.start}`;
    if (!period || seen.has(key)) continue;
    seen.add(key);
    out.push({ programIds: [...program.ids], ...period });
  }
  return out;
}
