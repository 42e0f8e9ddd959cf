// Browsers for the benchmark: a plain Chromium (no extension) serving pages at real
// Seller Center URLs, and helpers to read Chromium's own counters over CDP.
import { chromium } from 'playwright-core';
import { findChrome } from './chrome.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** A headless Chromium without the extension. */
export async function launchPlain() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/setup.mjs` or set CHROME_PATH.');
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, close: () => browser.close() };
}

/** Chromium's per-page counters (Performance.getMetrics) as an object; ScriptDuration etc. in ms. */
export async function pageMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  for (const k of ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration']) out[k] *= 1000;
  return out;
}
