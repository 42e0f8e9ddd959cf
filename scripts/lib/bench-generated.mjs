/* global window, document, performance, NodeFilter, requestAnimationFrame, location -- page callbacks run in the browser */
// Figure 2 on pages the bench did not write: generated Seller Center pages (test/generator)
// padded to ~5,000 elements — every market's language, tables whose headers repeat metric
// labels, non-ASCII lists — each served at its own Seller Center URL. readPage against one
// TreeWalker pass over the same DOM, same warm-up for both; and the first read of the page
// (cold code), which is what a page load pays.
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveSite } from './extension-browser.mjs';
import { median } from './bench-stats.mjs';

/** The generator (TypeScript) built for Node, then the pages: their URLs and HTML. */
async function pages(seeds) {
  const outfile = join(tmpdir(), `shop-pulse-generator-${process.pid}.mjs`);
  await build({ entryPoints: [resolve('test/generator/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  const { generatePage } = await import(pathToFileURL(outfile).href);
  return seeds.map((seed) => generatePage(seed, { elements: 5000 }));
}

export async function generatedReadingCost(context, reader, { seeds = [101, 202, 303, 404, 505, 606], runs = 15 } = {}) {
  const out = [];
  for (const g of await pages(seeds)) {
    const origin = new URL(g.url).origin;
    await serveSite(context, origin, () => g.html);
    const page = await context.newPage();
    await page.goto(g.url);
    await page.addScriptTag({ content: reader });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const cold = await page.evaluate(() => {
      const t0 = performance.now();
      window.__shopPulse.readPage(document, location.href);
      return performance.now() - t0;
    });
    const r = await page.evaluate((n) => {
      const floor = () => {
        const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let node = w.nextNode(); node; node = w.nextNode()) chars += node.nodeType === 3 ? node.nodeValue.length : node.localName.length;
        return chars;
      };
      const read = () => window.__shopPulse.readPage(document, location.href);
      const time = (fn) => {
        const t0 = performance.now();
        fn();
        return performance.now() - t0;
      };
      for (let i = 0; i < 15; i++) {
        floor();
        read();
      }
      const walk = [];
      const reads = [];
      for (let i = 0; i < n; i++) {
        walk.push(time(floor));
        reads.push(time(read));
      }
      return { walk, reads, elements: document.getElementsByTagName('*').length, metrics: Object.keys(read().metrics).length };
    }, runs);
    await page.close();
    out.push({ seed: g.seed, market: g.market, elements: r.elements, walkMs: median(r.walk), readMs: median(r.reads), coldMs: cold, metrics: r.metrics, planted: Object.keys(g.expected.metrics).length });
  }
  return out;
}
