// Figure 7 of `npm run bench` (issue 14): the all-shops dashboard with 200 shops and
// ~100,000 readings, to its first rows painted, against the same page over an empty
// database (to its empty state). Interleaved runs, medians.
import { benchHistory } from './bench-history.mjs';
import { pageReadyMs } from './bench-figures.mjs';
import { median } from './bench-stats.mjs';

export const DASHBOARD_SHOPS = 200;

/** 200 shops × 72 days × 7 readings ≈ 100,800 readings. */
export function dashboardHistory() {
  return benchHistory({ shops: DASHBOARD_SHOPS, days: 72, perDay: 7 });
}

/** Imports the file through the worker, then waits until it has checked every shop (what a partner's day leaves behind). */
export async function seedDashboard(ext, text, log) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const t0 = Date.now();
  const reply = await page.evaluate((t) => chrome.runtime.sendMessage({ type: 'history/import', text: t, dryRun: false }), text);
  if (!reply?.ok) throw new Error(`import failed: ${JSON.stringify(reply).slice(0, 300)}`);
  const checked = () => page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('check:')).length);
  const until = Date.now() + 600_000;
  while ((await checked()) < DASHBOARD_SHOPS && Date.now() < until) await page.waitForTimeout(1000);
  log(`   imported and checked ${DASHBOARD_SHOPS} shops in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await page.close();
}

export async function dashboardCost(full, empty, { runs = 7 } = {}) {
  const viewport = { width: 1280, height: 800 };
  const ready = (ext, selector) => pageReadyMs(ext.context, `chrome-extension://${ext.extensionId}/dashboard.html`, selector, viewport);
  const ROWS = 'table.shops tbody tr';
  const EMPTY = 'section.empty';
  await ready(full, ROWS);
  await ready(empty, EMPTY);
  const fullRuns = [];
  const emptyRuns = [];
  for (let i = 0; i < runs; i++) {
    fullRuns.push(await ready(full, ROWS));
    emptyRuns.push(await ready(empty, EMPTY));
  }
  return { fullMs: median(fullRuns), emptyMs: median(emptyRuns) };
}
