// Gzip sizes of what each extension surface loads, read from a built extension
// (.output/chrome-mv3). Deterministic: gzip level 9 over the files as built.
// Used by scripts/check-bundle.mjs (the CI budget) and scripts/bench.mjs (figure 1).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in bytes of gzip (1 KB = 1,000 bytes). The content script's was 20 KB for a reader
 * of five languages and the panel (18.7 KB). Since: reading every market (issue 12: twelve
 * languages' labels and phrases, the scoring reader, ≈ +10.6 KB), shop lists, names and
 * program dates (issue 14, +4.0 KB), the page-data merge (issue 13, +1.1 KB), the missed-
 * metric panel and page capture (issue 16, +1.3 KB), plurals (issue 15, +0.4 KB): 36.6 KB.
 * Then pages of other hands (blind rounds E–H, 38 pages): labels known by their concepts in
 * twelve languages, one-day periods and range intros, verdict tags, account-menu shop names,
 * fixed-header tables, row decimal evidence (+3.7 KB): 40.3 KB. 44 KB is that plus room;
 * what a page load pays for it is figure 4, not this number.
 */
export const BUDGETS = { content: 44_000, 'page-world': 5_000, popup: 40_000, background: null };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports (`from"./x.js"`, `import"./x.js"`) and dynamic ones (`import(\`./x.js\`)`) of an ES chunk. */
function importsOf(code) {
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
  return { statics, dynamics };
}

/** Every file an ES entry loads before it runs (its static import graph), and the chunks it may import later. */
function esGraph(dir, entries) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const { statics, dynamics } = importsOf(readFileSync(join(dir, rel), 'utf8'));
    for (const s of statics) visit(posix.join(posix.dirname(rel), s));
    for (const d of dynamics) lazy.add(posix.join(posix.dirname(rel), d));
  };
  entries.forEach(visit);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

/** Scripts and stylesheets an extension page's HTML loads. */
function htmlAssets(dir, html) {
  const text = readFileSync(join(dir, html), 'utf8');
  const attr = (re) => [...text.matchAll(re)].map((m) => m[1].replace(/^\//, ''));
  return {
    scripts: [...attr(/<script[^>]*\bsrc="([^"]+)"/g), ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)],
    styles: attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
  };
}

/**
 * @param {string} dir the built extension
 * @returns {{ name: string, bytes: number, budget: number | null, files: string[], note: string }[]}
 */
export function bundleSizes(dir = '.output/chrome-mv3') {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run \`npx wxt build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const rows = [];

  // Content scripts are classic scripts: one self-contained file each (the overlay included).
  // The page-world script (world MAIN, issue 13) runs in every Seller Center page before the
  // page's own scripts: it has a budget of its own, kept tiny.
  const scripts = manifest.content_scripts ?? [];
  const contentJs = scripts.filter((c) => (c.world ?? 'ISOLATED') === 'ISOLATED').flatMap((c) => c.js ?? []);
  const pageWorldJs = scripts.filter((c) => c.world === 'MAIN').flatMap((c) => c.js ?? []);
  rows.push({ name: 'content', files: contentJs, note: 'content script JS (reader + overlay + page-data merge)' });
  if (pageWorldJs.length > 0) rows.push({ name: 'page-world', files: pageWorldJs, note: 'page-world script JS (response observer + adapters)' });

  const bg = manifest.background?.service_worker;
  const bgGraph = bg ? esGraph(dir, [bg]) : { files: [], lazy: [] };
  rows.push({ name: 'background', files: bgGraph.files, note: 'service worker' });

  const popupHtml = manifest.action?.default_popup;
  if (popupHtml) {
    const { scripts } = htmlAssets(dir, popupHtml);
    const graph = esGraph(dir, scripts);
    // A popup loads one locale table on demand: count the largest, so the figure is the worst case.
    const largestLazy = graph.lazy.map((f) => ({ f, b: gz(join(dir, f)) })).sort((a, b) => b.b - a.b)[0];
    rows.push({
      name: 'popup',
      files: [...graph.files, ...(largestLazy ? [largestLazy.f] : [])],
      note: `popup.html scripts + static imports${largestLazy ? ` + largest lazy chunk (${posix.basename(largestLazy.f)})` : ''}`,
    });
  }
  return rows.map((r) => ({ ...r, bytes: r.files.reduce((sum, f) => sum + gz(join(dir, f)), 0), budget: BUDGETS[r.name] ?? null }));
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

