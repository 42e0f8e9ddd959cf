/* global window, document, performance, requestAnimationFrame, location -- page callbacks run in the browser */
// Figure 2 on pages the bench did not write: generated Seller Center pages (test/generator)
// padded to ~5,000 elements — every market's language, tables whose headers repeat metric
// labels, non-ASCII lists — each served at its own Seller Center URL. readPage against one
// TreeWalker pass over the same DOM, same warm-up for both; and the first read of the page
// (cold code), which is what a page load pays.
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { timeReads } from './bench-figures.mjs';
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
    const r = await timeReads(page, runs);
    await page.close();
    out.push({ seed: g.seed, market: g.market, elements: r.elements, walkMs: median(r.walk), readMs: median(r.reads), coldMs: cold, metrics: r.metrics, planted: Object.keys(g.expected.metrics).length });
  }
  return out;
}
