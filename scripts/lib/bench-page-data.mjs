/* global window -- page callbacks run in the browser */
// Figure 8 of `npm run bench` (issue 13): what the page-data observer costs a page that fetches
// a lot. A Seller-Center-shaped page makes 200 fetches of 50 KB JSON (in batches of 10, parsing
// each as the page would), once to a listed endpoint (every response cloned, parsed and
// turned into figures, each with new figures, so the content script re-reads) and once to an
// unlisted path (the wrapper alone). Same page, same run, with the extension vs without:
// CDP ScriptDuration and TaskDuration (all main-thread work: Chromium counts a response's
// JSON parse as task time, not script time) of the burst plus the 2.5 s after it (the
// content script's follow-up), and long tasks (≥ 50 ms) the page saw in that window.
// The burst starts from a page task, not from CDP's evaluate (which ScriptDuration does not
// count). Medians of interleaved runs.
import { median } from './bench-stats.mjs';

const ORIGIN = 'https://seller-us.tiktok.com';
const PAGE = `${ORIGIN}/compass/data-overview?shop_region=US&shop_id=7495012345678901234`;
export const LISTED_PATH = '/api/v3/insights/seller/shop/overview/performance/stats';
const UNLISTED_PATH = '/api/v1/product/list';
const BODY_BYTES = 50_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A stats response of about 50 KB: the `all` figures (GMV varied by `n`) and one-day entries as padding. */
export function statsBody(n) {
  const day = (i) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const entry = (start, end, amount) => ({
    start,
    end,
    stats: { revenue: { amount }, main_order_cnt: 3, item_sold_cnt: 4, product_page_visitor_cnt: '131', conversion_rate: '0.0229', video_content_revenue: { amount: '1.00' } },
  });
  const daily = [];
  const segments = [
    { time_descriptor: { granularity: 'all' }, timed_stats: [entry('2025-06-01', '2025-06-08', (400 + n / 100).toFixed(2))] },
    { time_descriptor: { granularity: '1D' }, timed_stats: daily },
  ];
  let i = 0;
  while (JSON.stringify(segments).length < BODY_BYTES - 300) daily.push(entry(day(i), day(++i), (i % 97).toFixed(2)));
  return JSON.stringify({ code: 0, message: 'success', data: { segments } });
}

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Data Compass</title></head><body>
<div id="root"><canvas width="600" height="200"></canvas></div>
<script>
window.__longTasks = [];
try { new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: 'longtask', buffered: true }); } catch {}
window.__burst = (count, path) => new Promise((resolve) => setTimeout(async () => {
  const t0 = performance.now();
  let parsed = 0;
  for (let i = 0; i < count; i += 10) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 10); j++) batch.push(fetch(path + '?n=' + j).then((r) => r.json()).then((b) => { parsed += b.data ? 1 : 0; }));
    await Promise.all(batch);
  }
  resolve({ t0, ms: performance.now() - t0, parsed });
}));
</script></body></html>`;

async function serve(context) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (route.request().resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE_HTML });
    if (url.pathname === LISTED_PATH || url.pathname === UNLISTED_PATH)
      return route.fulfill({ status: 200, contentType: 'application/json', body: statsBody(Number(url.searchParams.get('n'))) });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

async function once(context, path, { fetches, settleMs, followMs }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(PAGE);
  await sleep(settleMs); // the content script's first read of the page is not part of this figure
  const counters = async () => {
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value * 1000]));
    return { script: m.ScriptDuration, task: m.TaskDuration };
  };
  const before = await counters();
  const burst = await page.evaluate(({ n, p }) => window.__burst(n, p), { n: fetches, p: path });
  await sleep(followMs);
  const after = await counters();
  const longTasks = await page.evaluate((t0) => window.__longTasks.filter((t) => t.start >= t0), burst.t0);
  await cdp.detach();
  await page.close();
  if (burst.parsed !== fetches) throw new Error(`the page parsed ${burst.parsed} of ${fetches} responses`);
  return {
    scriptMs: after.script - before.script,
    taskMs: after.task - before.task,
    burstMs: burst.ms,
    longTasks: longTasks.length,
    longestMs: Math.max(0, ...longTasks.map((t) => t.ms)),
  };
}

/**
 * @returns {Promise<Record<'listed' | 'unlisted', { withMs: number, withoutMs: number, withTaskMs: number, withoutTaskMs: number, withLong: number, withoutLong: number, longestMs: number }>>}
 */
export async function pageDataCost(plainContext, extContext, { runs = 7, fetches = 200, settleMs = 2500, followMs = 2500 } = {}) {
  await serve(plainContext);
  await serve(extContext);
  const opts = { fetches, settleMs, followMs };
  const out = {};
  for (const [name, path] of [['listed', LISTED_PATH], ['unlisted', UNLISTED_PATH]]) {
    await once(plainContext, path, opts); // warm both
    await once(extContext, path, opts);
    const without = [];
    const withExt = [];
    for (let i = 0; i < runs; i++) {
      without.push(await once(plainContext, path, opts));
      withExt.push(await once(extContext, path, opts));
    }
    out[name] = {
      withoutMs: median(without.map((r) => r.scriptMs)),
      withMs: median(withExt.map((r) => r.scriptMs)),
      withoutTaskMs: median(without.map((r) => r.taskMs)),
      withTaskMs: median(withExt.map((r) => r.taskMs)),
      withoutLong: Math.max(...without.map((r) => r.longTasks)),
      withLong: Math.max(...withExt.map((r) => r.longTasks)),
      longestMs: Math.max(...withExt.map((r) => r.longestMs)),
    };
  }
  return out;
}
