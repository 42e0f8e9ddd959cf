/* global window, document, performance, indexedDB, location, MutationObserver, NodeFilter, requestAnimationFrame -- page callbacks run in the browser */
// The figures of `npm run bench` (issue 7), one function each. Every figure is measured
// against a baseline in the same run; times are medians of several interleaved runs.
import { serveSite } from './extension-browser.mjs';
import { BENCH_URL, sellerCenterPage } from './bench-pages.mjs';
import { median } from './bench-stats.mjs';

const ORIGIN = new URL(BENCH_URL).origin;

async function benchPage(context, html) {
  await serveSite(context, ORIGIN, () => html);
  const page = await context.newPage();
  await page.goto(BENCH_URL);
  return page;
}

/**
 * readPage (the bundle's `window.__shopPulse`) against one TreeWalker pass over the same DOM,
 * interleaved, after the same warm-up for both (long enough for V8 to optimize the reader;
 * what a page load pays before that is the cold figure). Times in ms, one per run.
 */
export async function timeReads(page, runs) {
  return page.evaluate((n) => {
    const floor = () => {
      const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let node = w.nextNode(); node; node = w.nextNode()) {
        if (node.nodeType === 3) chars += node.nodeValue.length;
        else chars += node.localName.length;
      }
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
}

/** Figure 2: readPage on a 5,000-element page vs one TreeWalker pass over the same DOM. */
export async function readingCost(context, reader, { runs = 21, coldRuns = 5 } = {}) {
  const page = await benchPage(context, sellerCenterPage({ autoRender: false }));
  await page.addScriptTag({ content: reader });
  const elements = await page.evaluate(() => window.__bench.render(5000));
  // Measure the page as the content script meets it: drawn, its styles computed.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const result = await timeReads(page, runs);
  await page.close();
  // What a page load pays: the first read in a fresh page, before the code is warm (not in the ratio).
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    const fresh = await benchPage(context, sellerCenterPage({ autoRender: false }));
    await fresh.addScriptTag({ content: reader });
    await fresh.evaluate(() => window.__bench.render(5000));
    // Read once the page has drawn itself, as the content script does (it waits for quiet).
    await fresh.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    cold.push(
      await fresh.evaluate(() => {
        const t0 = performance.now();
        window.__shopPulse.readPage(document, location.href);
        return performance.now() - t0;
      }),
    );
    await fresh.close();
  }
  return { elements, walkMs: median(result.walk), readMs: median(result.reads), coldMs: median(cold), metrics: result.metrics };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Figure 3: the real watchPage + readPage in a plain page, `read` wrapped to count and time
 * reads, MutationObserver callbacks timed; a storm of 1,000 mutations in 2 s (rows, counters,
 * the overlay re-rendering in its shadow root), then a storm of the overlay alone.
 */
export async function mutationStorm(context, reader) {
  const page = await benchPage(context, sellerCenterPage({ autoRender: false }));
  await page.addScriptTag({
    content: `(() => {
      const Native = window.MutationObserver;
      window.__observerMs = 0;
      window.MutationObserver = class extends Native {
        constructor(cb) { super((records, obs) => { const t0 = performance.now(); try { cb(records, obs); } finally { window.__observerMs += performance.now() - t0; } }); }
      };
    })();`,
  });
  await page.addScriptTag({ content: reader });
  await page.evaluate(() => {
    window.__bench.render(5000);
    const host = document.createElement('shop-pulse-overlay');
    const panel = document.createElement('div');
    panel.setAttribute('data-bench-panel', '');
    panel.textContent = 'Shop Pulse';
    host.attachShadow({ mode: 'open' }).append(panel);
    document.body.append(host);
    window.__reads = { count: 0, ms: 0 };
    window.__watch = window.__shopPulse.watchPage({
      root: document.body,
      read: () => {
        const t0 = performance.now();
        const r = window.__shopPulse.readPage(document, location.href);
        window.__reads.count++;
        window.__reads.ms += performance.now() - t0;
        return r;
      },
      onReading: () => undefined,
      onUnreadable: () => undefined,
    });
  });
  await sleep(3000); // the first read after settling
  const storm = async (kinds) => {
    await page.evaluate(() => {
      window.__reads = { count: 0, ms: 0 };
      window.__observerMs = 0;
    });
    const t0 = Date.now();
    const own = await page.evaluate((k) => window.__bench.storm({ count: 1000, ms: 2000, kinds: k }), kinds);
    const activityMs = Date.now() - t0;
    await sleep(3000); // trailing debounce / max-wait reads land here
    const after = await page.evaluate(() => ({ reads: window.__reads, observerMs: window.__observerMs }));
    return { ...own, activityMs, reads: after.reads.count, readMs: after.reads.ms, observerMs: after.observerMs };
  };
  const mixed = await storm(['row', 'counter', 'overlay']);
  const overlayOnly = await storm(['overlay']);
  await page.evaluate(() => window.__watch.stop());
  await page.close();
  return { mixed, overlayOnly };
}

/**
 * Figure 4: scripting time (CDP Performance.getMetrics ScriptDuration) of loading the
 * fixture page and letting it settle, with the extension vs without; medians of `runs`.
 */
export async function pageCost(plainContext, extContext, { runs = 9, settleMs = 4000 } = {}) {
  const html = sellerCenterPage();
  await serveSite(plainContext, ORIGIN, () => html);
  await serveSite(extContext, ORIGIN, () => html);
  const once = async (context) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(BENCH_URL);
    await sleep(settleMs);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const overlay = await page.evaluate(() => !!document.querySelector('shop-pulse-overlay'));
    await cdp.detach();
    await page.close();
    return { scriptMs: m.ScriptDuration * 1000, overlay };
  };
  await once(plainContext); // warm both (code caches, first service-worker start)
  await once(extContext);
  const without = [];
  const withExt = [];
  let overlays = 0;
  for (let i = 0; i < runs; i++) {
    without.push((await once(plainContext)).scriptMs);
    const w = await once(extContext);
    withExt.push(w.scriptMs);
    if (w.overlay) overlays++;
  }
  return { withoutMs: median(without), withMs: median(withExt), overlays, runs };
}

const EMPTY_SELECTOR = 'section.empty';

/** Milliseconds from navigation start until `selector` is in an extension page, as the page saw it. */
export async function pageReadyMs(context, url, selector, viewport = { width: 400, height: 600 }) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript((sel) => {
    const mark = () => {
      if (window.__readyAt === undefined && document.querySelector(sel)) window.__readyAt = performance.now();
    };
    new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60_000, polling: 50 });
  const ms = await page.evaluate(() => window.__readyAt);
  await page.close();
  return ms;
}

const popupReadyMs = (context, extensionId, selector) => pageReadyMs(context, `chrome-extension://${extensionId}/popup.html`, selector);

/**
 * Figure 5: popup.html to status cards with the big history stored, vs the same popup over an
 * empty database (to its empty state). Interleaved runs, medians.
 */
export async function popupCost(full, empty, { runs = 7 } = {}) {
  const fullRuns = [];
  const emptyRuns = [];
  await popupReadyMs(full.context, full.extensionId, 'section.card');
  await popupReadyMs(empty.context, empty.extensionId, EMPTY_SELECTOR);
  for (let i = 0; i < runs; i++) {
    fullRuns.push(await popupReadyMs(full.context, full.extensionId, 'section.card'));
    emptyRuns.push(await popupReadyMs(empty.context, empty.extensionId, EMPTY_SELECTOR));
  }
  return { fullMs: median(fullRuns), emptyMs: median(emptyRuns) };
}


/**
 * Figure 6: the real lib/history in a plain page's IndexedDB, filled through its import;
 * one shop's 90-day series (and its 90 days of readings) vs a full scan of the readings store.
 */
export async function historyCost(context, bundle, fileText, { runs = 7 } = {}) {
  const page = await benchPage(context, '<!doctype html><title>history bench</title>');
  await page.addScriptTag({ content: bundle });
  const imported = await page.evaluate(async (text) => {
    const h = await window.__shopPulseHistory.openHistory({ name: 'shop-pulse-bench' });
    const t0 = performance.now();
    const preview = await h.importFile(text);
    const importMs = performance.now() - t0;
    h.close();
    return { importMs, preview };
  }, fileText);
  const result = await page.evaluate(async (n) => {
    const h = await window.__shopPulseHistory.openHistory({ name: 'shop-pulse-bench' });
    const shops = await h.listShops();
    const shop = shops[3].key;
    const last = shops[3].lastSeen;
    const from = new Date(Date.parse(last) - 90 * 86_400_000).toISOString();
    const db = await new Promise((res, rej) => {
      const o = indexedDB.open('shop-pulse-bench');
      o.onsuccess = () => res(o.result);
      o.onerror = () => rej(o.error);
    });
    const fullScan = () =>
      new Promise((res, rej) => {
        const req = db.transaction('readings').objectStore('readings').getAll();
        req.onsuccess = () => res(req.result.length);
        req.onerror = () => rej(req.error);
      });
    const time = async (fn) => {
      const t0 = performance.now();
      const out = await fn();
      return [performance.now() - t0, out];
    };
    const rows = { scan: [], series: [], readings: [] };
    let sizes = {};
    for (let i = 0; i < n + 1; i++) {
      const [a, scanned] = await time(fullScan);
      const [b, points] = await time(() => h.series(shop, 'sps', { from }));
      const [c, readings] = await time(() => h.readings(shop, { from }));
      if (i === 0) {
        sizes = { scanned, points: points.length, readings: readings.length };
        continue; // warm-up
      }
      rows.scan.push(a);
      rows.series.push(b);
      rows.readings.push(c);
    }
    db.close();
    h.close();
    return { rows, sizes };
  }, runs);
  await page.close();
  return {
    importMs: imported.importMs,
    sizes: result.sizes,
    scanMs: median(result.rows.scan),
    seriesMs: median(result.rows.series),
    readingsMs: median(result.rows.readings),
  };
}
