#!/usr/bin/env node
// `npm run bench` (issue 7): what Shop Pulse costs, each figure against a baseline measured
// in the same run (medians of several runs; the machine is shared and noisy). Builds the
// extension first unless --no-build. Figures and how to read them: BENCHMARKS.md.
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { launchWithExtension } from './lib/extension-browser.mjs';
import { bundleSizes, kb } from './lib/bench-bundle.mjs';
import { launchPlain } from './lib/bench-browser.mjs';
import { historyCost, mutationStorm, pageCost, popupCost, readingCost } from './lib/bench-figures.mjs';
import { generatedReadingCost } from './lib/bench-generated.mjs';
import { benchHistory } from './lib/bench-history.mjs';
import { dashboardCost, dashboardHistory, DASHBOARD_SHOPS, seedDashboard } from './lib/bench-dashboard.mjs';
import { pageDataCost } from './lib/bench-page-data.mjs';
import { historyBundle, readerBundle } from './lib/bench-reader.mjs';
import { fmtMs, fmtX, median, ratio } from './lib/bench-stats.mjs';

const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) execSync('npx wxt build', { stdio: 'ignore' });

const rows = [];
const row = (figure, measured, baseline, result, goal, ok) => {
  rows.push({ figure, measured, baseline, result, goal, ok });
  console.error(`  ${ok ? 'ok  ' : 'MISS'} ${figure}: ${result}`);
};
const log = (s) => console.error(s);

// 1. Bundles
for (const b of bundleSizes()) {
  row(`1. bundle ${b.name}`, kb(b.bytes), b.budget === null ? '—' : `budget ${kb(b.budget)}`, kb(b.bytes), b.budget === null ? '—' : `≤ ${kb(b.budget)}`, b.budget === null || b.bytes <= b.budget);
}

const reader = await readerBundle();
const plain = await launchPlain();
try {
  log('2. reading cost…');
  const r = await readingCost(plain.context, reader);
  const x = ratio(r.readMs, r.walkMs);
  row('2. readPage, 5,000 elements', fmtMs(r.readMs), `TreeWalker pass ${fmtMs(r.walkMs)}`, fmtX(x), '≤ 3×', x <= 3);
  row('2. readPage, first call in a fresh page (cold code)', fmtMs(r.coldMs), '—', fmtMs(r.coldMs), 'report', true);

  log('2. reading cost on generated pages…');
  const gen = await generatedReadingCost(plain.context, reader);
  const ratios = gen.map((g) => ratio(g.readMs, g.walkMs));
  const worst = Math.max(...ratios);
  const mid = median(ratios);
  const desc = gen.map((g) => `${g.market} ${g.elements} el. ${fmtMs(g.readMs)}/${fmtMs(g.walkMs)}`).join('; ');
  row('2. readPage, generated 5,000-element pages (median, worst)', desc, 'TreeWalker pass of each page', `${fmtX(mid)}, worst ${fmtX(worst)}`, '≤ 3×', mid <= 3);
  row('2. readPage, generated pages, first read (cold, median)', fmtMs(median(gen.map((g) => g.coldMs))), '—', fmtMs(median(gen.map((g) => g.coldMs))), 'report', true);

  log('3. mutation storm…');
  const s = await mutationStorm(plain.context, reader);
  const allowed = s.mixed.activityMs / 250;
  row('3. storm: reads', `${s.mixed.reads} reads / ${s.mixed.mutations} mutations in ${s.mixed.activityMs} ms`, `≤ ${allowed.toFixed(1)} allowed`, `1 read per ${(s.mixed.activityMs / Math.max(1, s.mixed.reads)).toFixed(0)} ms`, '≤ 1 per 250 ms', s.mixed.reads <= allowed);
  const cost = s.mixed.readMs + s.mixed.observerMs;
  row('3. storm: content main-thread time', `${fmtMs(cost)} (reads ${fmtMs(s.mixed.readMs)} + observer ${fmtMs(s.mixed.observerMs)})`, `page's own storm script ${fmtMs(s.mixed.ownMs)}`, fmtX(ratio(cost, s.mixed.ownMs)), 'report', true);
  row('3. storm: reads caused by the overlay', `${s.overlayOnly.reads} reads / ${s.overlayOnly.mutations} overlay mutations`, '0', String(s.overlayOnly.reads), '0', s.overlayOnly.reads === 0);

  log('4. page cost (with vs without the extension)…');
  const ext = await launchWithExtension({ headless: true });
  try {
    const p = await pageCost(plain.context, ext.context);
    const extra = p.withMs - p.withoutMs;
    const share = ratio(extra, p.withoutMs);
    row('4. page load scripting', `with ${fmtMs(p.withMs)} (overlay shown ${p.overlays}/${p.runs})`, `without ${fmtMs(p.withoutMs)}`, `+${fmtMs(extra)} = ${(share * 100).toFixed(0)}%`, '≤ 10%', share <= 0.1);

    log('8. page data: 200 fetches of 50 KB JSON (with vs without the extension)…');
    const d = await pageDataCost(plain.context, ext.context);
    for (const [name, what] of [['unlisted', 'an unlisted path (wrapper only)'], ['listed', 'a listed endpoint (each answer read)']]) {
      const f = d[name];
      // Chromium counts the page's own JSON parsing as task time, not script time: the share is of task time.
      const added = ratio(f.withTaskMs - f.withoutTaskMs, f.withoutTaskMs);
      row(`8. 200 × 50 KB fetches to ${what}: main-thread time`, `with ${fmtMs(f.withTaskMs)}`, `without ${fmtMs(f.withoutTaskMs)}`, `${f.withTaskMs >= f.withoutTaskMs ? '+' : ''}${fmtMs(f.withTaskMs - f.withoutTaskMs)} = ${(added * 100).toFixed(1)}%`, '≤ 5%', added <= 0.05);
      row(`8. … ${name}: script time`, `with ${fmtMs(f.withMs)}`, `without ${fmtMs(f.withoutMs)}`, `+${fmtMs(f.withMs - f.withoutMs)}`, 'report', true);
      row(`8. … ${name}: long tasks (most in a run)`, `with ${f.withLong} (longest ${fmtMs(f.longestMs)})`, `without ${f.withoutLong}`, `${Math.max(0, f.withLong - f.withoutLong)} caused`, '0', f.withLong <= f.withoutLong);
    }
  } finally {
    await ext.context.close();
  }

  log('5/6. generating 50,000 readings…');
  const file = benchHistory();
  const text = JSON.stringify(file);

  log('6. history queries…');
  const h = await historyCost(plain.context, await historyBundle(), text);
  const hs = ratio(h.seriesMs, h.scanMs);
  const hr = ratio(h.readingsMs, h.scanMs);
  row('6. history: 90-day series (sps)', `${fmtMs(h.seriesMs)} (${h.sizes.points} days)`, `full scan ${fmtMs(h.scanMs)} (${h.sizes.scanned} readings)`, `1/${(1 / hs).toFixed(0)}`, '≤ 1/10', hs <= 0.1);
  row('6. history: 90 days of readings', `${fmtMs(h.readingsMs)} (${h.sizes.readings} readings)`, `full scan ${fmtMs(h.scanMs)}`, `1/${(1 / hr).toFixed(0)}`, '≤ 1/10', hr <= 0.1);

  log('5. popup…');
  const full = await launchWithExtension({ headless: true });
  const empty = await launchWithExtension({ headless: true });
  try {
    const seed = await full.context.newPage();
    await seed.goto(`chrome-extension://${full.extensionId}/popup.html`);
    const t0 = Date.now();
    const reply = await seed.evaluate((t) => chrome.runtime.sendMessage({ type: 'history/import', text: t, dryRun: false }), text);
    if (!reply?.ok) throw new Error(`import failed: ${JSON.stringify(reply).slice(0, 300)}`);
    log(`   imported ${file.readings.length} readings in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await seed.close();
    const p = await popupCost(full, empty);
    const x5 = ratio(p.fullMs, p.emptyMs);
    row('5. popup to status cards, 50,000 readings', fmtMs(p.fullMs), `empty database ${fmtMs(p.emptyMs)}`, fmtX(x5), '≤ 1.5×', x5 <= 1.5);
  } finally {
    await full.context.close();
    await empty.context.close();
  }

  log('7. dashboard…');
  const dashFile = dashboardHistory();
  const dashFull = await launchWithExtension({ headless: true });
  const dashEmpty = await launchWithExtension({ headless: true });
  try {
    await seedDashboard(dashFull, JSON.stringify(dashFile), log);
    const d = await dashboardCost(dashFull, dashEmpty);
    const x7 = ratio(d.fullMs, d.emptyMs);
    row(`7. dashboard to first rows, ${DASHBOARD_SHOPS} shops / ${dashFile.readings.length.toLocaleString('en-US')} readings`, fmtMs(d.fullMs), `empty database ${fmtMs(d.emptyMs)}`, fmtX(x7), '≤ 1.5×', x7 <= 1.5);
  } finally {
    await dashFull.context.close();
    await dashEmpty.context.close();
  }
} finally {
  await plain.close();
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nShop Pulse bench — ${new Date().toISOString().slice(0, 10)} — ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`);
console.log('| figure | measured | baseline (same run) | result | goal | |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.figure} | ${r.measured} | ${r.baseline} | ${r.result} | ${r.goal} | ${r.ok ? 'ok' : '**miss**'} |`);
