// The reader on generated Seller-Center-shaped pages with planted answers
// (test/generator): every market and layout the grammar knows, with menus, breadcrumbs,
// tabs, tooltips, tables whose headers repeat labels, shadow roots and invisible text.
// It must return exactly the planted metrics, period and currency — nothing from the
// distractors. The 2,000 pages are split over four files so the workers share them;
// GENERATED_PAGES scales each quarter (default 500).
import { expect, it } from 'vitest';
import { readPage } from '../../../../lib/site';
import { generatePage } from '../../../generator';
import { parseHtml } from '../load';

const PER_FILE = Number(process.env.GENERATED_PAGES ?? 500);

export function readsPlantedValues(quarter: number): void {
  const first = 1 + quarter * PER_FILE;
  it(`reads exactly the planted values on pages ${first}–${first + PER_FILE - 1}`, () => {
    const failures: string[] = [];
    for (let seed = first; seed < first + PER_FILE; seed++) {
      const g = generatePage(seed);
      const doc = parseHtml(g.html);
      const got = readPage(doc, g.url);
      const want = g.expected;
      const same =
        got.page === want.page &&
        JSON.stringify(sorted(got.metrics)) === JSON.stringify(sorted(want.metrics)) &&
        JSON.stringify(got.period) === JSON.stringify(want.period) &&
        got.currency === want.currency;
      if (!same) {
        failures.push(`seed ${seed} (${g.market} ${want.page}): want ${JSON.stringify([sorted(want.metrics), want.period, want.currency])} got ${JSON.stringify([sorted(got.metrics), got.period, got.currency])}`);
      }
      // happy-dom keeps parsed documents: empty each one so 500 fit in memory.
      doc.documentElement.replaceChildren();
    }
    expect(failures.slice(0, 10), `${failures.length} of ${PER_FILE} pages read wrong`).toEqual([]);
  }, 600_000);
}

function sorted(m: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1));
}
