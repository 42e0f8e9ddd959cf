#!/usr/bin/env node
// Turns a page sample a seller saved ("Save a page sample") into a reader fixture:
//   npm run sample:add -- ~/Downloads/shop-pulse-sample-shop-score-3f9a2c.html [name]
// writes test/fixtures/<name>.html (the sample as it is) and test/fixtures/<name>.json: the
// page's URL and an expectation to fill in — what the current reader reads in the sample,
// plus every metric the seller's page showed but Shop Pulse missed, marked "FILL IN". The
// fixture test fails until a maintainer has filled those in (from the sample, opened in a
// browser) and the reader reads them: a real page becomes a regression test.
// Options: --out DIR (instead of test/fixtures), --force (overwrite).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { Window } from 'happy-dom';

const FILL_IN = 'FILL IN: the value the sample shows';

function usage(message) {
  console.error(`${message}\nUsage: npm run sample:add -- FILE.html [name] [--out DIR] [--force]`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const [, value] = args.splice(i, 2);
  return value ?? usage(`${name} needs a value.`);
};
const force = args.includes('--force') ? (args.splice(args.indexOf('--force'), 1), true) : false;
const outDir = resolve(flag('--out') ?? 'test/fixtures');
const [file, given] = args;
if (!file) usage('Which sample? Give the .html file Shop Pulse saved.');
if (!existsSync(file)) usage(`${file} does not exist.`);

const html = readFileSync(file, 'utf8');
const meta = (name) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
if (!meta('generator')?.startsWith('Shop Pulse page sample')) usage(`${file} is not a Shop Pulse page sample (it lacks the sample's generator tag).`);
const url = meta('shop-pulse-url');
if (!url) usage(`${file} does not say which page it came from (no shop-pulse-url).`);

// What the seller's page showed but was not read, from the JSON saved next to the sample.
let live = null;
const jsonFile = file.replace(/\.html$/, '.json');
if (existsSync(jsonFile)) {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  if (report.format === 'shop-pulse-page-sample') live = report.livePage;
}

const name = (given ?? basename(file, '.html')).replace(/^shop-pulse-/, '').replace(/[^\w-]/g, '-');
const htmlOut = join(outDir, `${name}.html`);
const jsonOut = join(outDir, `${name}.json`);
if (!force && (existsSync(htmlOut) || existsSync(jsonOut))) usage(`${htmlOut} exists; choose another name or add --force.`);

/** The current reader (lib/site), bundled for Node, on the sample in happy-dom. */
async function readSample() {
  const dir = mkdtempSync(join(tmpdir(), 'shop-pulse-sample-add-'));
  try {
    // CommonJS: the test loader it borrows knows its own folder by __dirname.
    const out = join(dir, 'reader.cjs');
    await build({
      stdin: {
        contents: `export { readPage } from './lib/site'; export { attachDeclarativeShadowRoots } from './test/unit/site/load';`,
        resolveDir: resolve('.'),
        loader: 'ts',
        sourcefile: 'sample-add-entry.ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: out,
      logLevel: 'silent',
    });
    const { readPage, attachDeclarativeShadowRoots } = createRequire(import.meta.url)(out);
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    // happy-dom in Node, scripts disabled: the sample is read, never run.
    // eslint-disable-next-line no-restricted-syntax
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    attachDeclarativeShadowRoots(doc);
    return readPage(doc, url);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const reading = await readSample();
const missed = live?.missing ?? reading.missing;
const metrics = { ...reading.metrics };
for (const key of missed) metrics[key] = FILL_IN;


const expected = { page: reading.page, region: reading.region, shopId: null, currency: reading.currency, period: reading.period, metrics, missing: [] };
const fixture = {
  url,
  note: `From a page sample (${basename(file)}). Check every value against the sample opened in a browser, replace each "${FILL_IN}", then make the reader read it.`,
  expected,
};
mkdirSync(outDir, { recursive: true });
writeFileSync(htmlOut, html);
writeFileSync(jsonOut, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`Wrote ${htmlOut}\n  and ${jsonOut}`);
console.log(missed.length ? `To fill in: ${missed.join(', ')} (marked "${FILL_IN}").` : 'Shop Pulse read everything this page was expected to show; check the values.');
console.log('Then: npx vitest run test/unit/site/fixtures.test.ts');
