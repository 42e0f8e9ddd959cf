// The scrubber as a security boundary: on generated pages and on every fixture page
// (whatever test/fixtures holds, in any folder), planted names, e-mails, phones, order
// and shop ids and digit sequences never survive into the sample, and the sample still
// reads the same metric keys (and a period, shifted) as the page it came from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPage, type PageReading } from '../../../lib/site';
import { scrubPage } from '../../../lib/site/sample';
import { FIXTURES, parseHtml } from './load';
import { generatedPage, survivors, type Canaries } from './sample-pages';

/** Cases per property; `SAMPLE_RUNS=1000 npx vitest run test/unit/site/sample-canaries.test.ts` for a long run. */
const RUNS = Number(process.env.SAMPLE_RUNS) || 40;

const keys = (r: PageReading) => Object.keys(r.metrics).sort();

/** The page and its sample, read; what survived. */
function check(html: string, url: string, canaries: Canaries) {
  const original = readPage(parseHtml(html), url);
  const sample = scrubPage(parseHtml(html), url);
  const scrubbed = readPage(parseHtml(sample.html), sample.url);
  return { original, scrubbed, sample, survived: survivors(sample.html, canaries) };
}

/** Values the page showed that the sample shows unchanged (a stand-in always exists for these). */
function unchangedValues(original: PageReading, scrubbed: PageReading): string[] {
  return Object.entries(original.metrics).flatMap(([k, v]) => (v !== null && scrubbed.metrics[k as keyof typeof scrubbed.metrics] === v ? [`${k}=${v}`] : []));
}

describe('scrubPage on generated pages with planted canaries', () => {
  it('lets no canary through and reads the same metric keys, with every figure changed', () => {
    fc.assert(
      fc.property(generatedPage, (p) => {
        const { original, scrubbed, survived } = check(p.html, p.url, p.canaries);
        expect(survived).toEqual([]);
        expect(keys(scrubbed)).toEqual(keys(original));
        expect(scrubbed.missing).toEqual(original.missing);
        expect(unchangedValues(original, scrubbed)).toEqual([]);
        if (original.period) {
          expect(scrubbed.period).not.toBeNull();
          expect(scrubbed.period).not.toEqual(original.period);
          const length = (r: PageReading) => Date.parse(r.period!.end) - Date.parse(r.period!.start);
          expect(length(scrubbed)).toBe(length(original));
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

/** Every fixture page under test/fixtures (any folder), with its URL when a .json names one. */
function fixturePages(dir = FIXTURES): Array<{ name: string; html: string; url: string }> {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) return fixturePages(path);
      if (!f.endsWith('.html')) return [];
      let url = 'https://seller-us.tiktok.com/homepage?shop_region=US';
      try {
        url = (JSON.parse(readFileSync(path.replace(/\.html$/, '.json'), 'utf8')) as { url?: string }).url ?? url;
      } catch {
        // A page without an expectation file is scrubbed at a homepage URL.
      }
      return [{ name: relative(FIXTURES, path), html: readFileSync(path, 'utf8'), url }];
    });
}

const PLANTED: Canaries = {
  names: ['Quillon Vexbury', 'Quillon', 'Vexbury', 'Marisol Ztan', 'Marisol', 'Drukel Fantow', 'Drukel', 'Fantow'],
  emails: ['marisol.ztan@vexmail.com'],
  phones: ['+1 (555) 013-2747'],
  ids: ['5771234567890123456', '7399911122233344455'],
  digits: ['48213977', '90417263'],
};

/** Plants the canaries where real pages keep such things: a shop name, a customer table, titles, ids, a sentence. */
function plant(html: string): string {
  const doc = parseHtml(html);
  const body = doc.body;
  const shop = doc.createElement('div');
  shop.className = 'shop-name';
  shop.textContent = 'Quillon Vexbury';
  body.prepend(shop);
  const table = doc.createElement('table');
  table.innerHTML =
    '<thead><tr><th>Customer</th><th>Contact</th><th>Order</th></tr></thead>' +
    '<tbody><tr><td>Marisol Ztan</td><td>marisol.ztan@vexmail.com, +1 (555) 013-2747</td><td>5771234567890123456</td></tr></tbody>';
  body.append(table);
  const note = doc.createElement('p');
  note.textContent = 'Ticket 48213977 was opened by Drukel Fantow.';
  body.append(note);
  Array.from(body.querySelectorAll('*'))
    .filter((_, i) => i % 17 === 5)
    .forEach((el, i) => {
      el.setAttribute('data-order-id', '7399911122233344455');
      if (i % 2 === 0) el.setAttribute('data-ref', '90417263');
    });
  Array.from(body.querySelectorAll('td, span')).slice(0, 3).forEach((el) => el.setAttribute('title', 'Drukel Fantow'));
  return `<!doctype html>${withShadowRoots(doc.documentElement).outerHTML}`;
}

/** The page's open shadow roots written back as declarative templates (outerHTML leaves them out), so the planted page is the page. */
function withShadowRoots(root: Element): Element {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const shadow = el.shadowRoot;
    if (!shadow) continue;
    withShadowRoots(shadow as unknown as Element);
    const tpl = el.ownerDocument.createElement('template');
    tpl.setAttribute('shadowrootmode', 'open');
    tpl.innerHTML = shadow.innerHTML;
    el.prepend(tpl);
  }
  return root;
}

describe('scrubPage on every fixture page', () => {
  const pages = fixturePages();
  it('has fixture pages', () => expect(pages.length).toBeGreaterThanOrEqual(10));

  for (const p of pages) {
    it(`${p.name}: no canary survives, the same metric keys are read, every figure changed`, () => {
      const shopId = new URL(p.url).searchParams.get('shop_id');
      const { original, scrubbed, survived } = check(plant(p.html), p.url, { ...PLANTED, ids: [...PLANTED.ids, ...(shopId ? [shopId] : [])] });
      expect(survived).toEqual([]);
      expect(keys(scrubbed)).toEqual(keys(original));
      expect(scrubbed.missing).toEqual(original.missing);
      expect(unchangedValues(original, scrubbed)).toEqual([]);
      expect(scrubbed.period === null).toBe(original.period === null);
    });
  }
});
