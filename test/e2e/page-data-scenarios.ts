/**
 * The page-data channel's end-to-end scenarios (issue 13) as data and browser-free steps, so
 * the Chromium runner (page-data.e2e.test.ts) and a Firefox runner (issue 15's harness) run
 * the same cases: a Seller-Center-shaped page that draws its figures only into a <canvas>
 * (no label text at all) and gets them from the listed endpoints by fetch or XHR, GET or POST.
 *
 * A runner needs three things of its browser: serve `scenarioPage(s)` for document requests
 * and `scenarioResponse(s, …)` for the page's own requests at `s.origin`; read
 * `window.__pageGot` (and `document.documentElement.dataset.done`) in the page; read the
 * extension's stored readings. Then `pageProblems` and `storedProblems` say what is wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Metrics } from '../../lib/metrics';

export type Via = 'fetch' | 'xhr';
export type PageRequest = { via: Via; method: 'GET' | 'POST'; path: string; responseType?: 'text' | 'json' };
export type Served = { status: number; headers: Record<string, string>; body: string };

export type StoredReading = {
  shop: { region: string | null; shopId: string | null };
  capturedAt: string;
  page: string;
  path: string;
  period: { start: string; end: string } | null;
  currency: string | null;
  metrics: Metrics;
  source: string;
};

export type PageDataScenario = {
  name: string;
  origin: string;
  /** Page path and query (each scenario its own shop, so their readings never mix). */
  path: string;
  region: string;
  shopId: string;
  requests: PageRequest[];
  /** Response per request path. */
  responses: Record<string, Served>;
  /** The reading that must be stored (exact metrics, source page-data), or null: nothing may be. */
  expect: { page: string; metrics: Metrics; period?: { start: string; end: string }; currency?: string } | null;
  /** Days of backfilled history that must be stored: metric → day → value. */
  history?: Partial<Record<keyof Metrics, Record<string, number>>>;
};

const API = {
  spsOverview: '/api/v1/seller/experience-score/score-overview',
  ahrScore: '/api/v1/account/ahr/score',
  violations: '/api/v1/seller/growth_center/violation/overview/get',
  shopMetrics: '/api/v1/seller/growth_center/shop/metrics_module/query',
  shopStats: '/api/v3/insights/seller/shop/overview/performance/stats',
} as const;

const fixture = (name: string) => readFileSync(resolve('test/fixtures/page-data', `${name}.json`), 'utf8');
const json = (body: string, status = 200): Served => ({ status, headers: { 'content-type': 'application/json; charset=utf-8', 'x-tt-logid': 'e2e-log-id' }, body });

const DAY_MS = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A 14-day SPS history ending `today` at 3.62, falling 0.025 a day; the overview shows 3.62. */
export function spsHistory(today: string): Record<string, number> {
  const end = Date.parse(`${today}T00:00:00Z`);
  const out: Record<string, number> = {};
  for (let i = 0; i < 14; i++) out[isoDay(end - (13 - i) * DAY_MS)] = Math.round((3.945 - 0.025 * i) * 1000) / 1000;
  return out;
}

function spsBody(history: Record<string, number>): string {
  const dailyScoreList = Object.entries(history).map(([date, score]) => ({ date, score: score.toFixed(3) }));
  return JSON.stringify({
    code: 0,
    message: 'success',
    data: { overview: { score: '3.62', totalValidOrderCnt: 41, totalDeliveredOrderCnt: 39, dailyScoreList }, metric: { metricGroups: [] }, benefitModule: { benefitList: [] } },
  });
}

/** The 7 one-day entries of test/fixtures/page-data/shop-stats.json (all long past: backfilled). */
const STATS_DAYS = { '2025-06-01': 46.71, '2025-06-02': 58.1, '2025-06-03': 0, '2025-06-04': 120.5, '2025-06-05': 73.25, '2025-06-06': 64, '2025-06-07': 91.8 };

/** A body the page must still get byte for byte, too large to be read (3 MB, valid JSON, a score inside). */
function hugeBody(): string {
  return JSON.stringify({ code: 0, message: 'success', data: { overview: { score: '4.9', totalValidOrderCnt: 99, pad: 'x'.repeat(3_000_000) } } });
}

export function pageDataScenarios(today = isoDay(Date.now())): PageDataScenario[] {
  const us = 'https://seller-us.tiktok.com';
  const history = spsHistory(today);
  return [
    {
      name: 'SPS page, fetch GET, with 14 days of score history',
      origin: us,
      path: '/health-center/experience-score?shop_region=US&shop_id=7000000000000000013',
      region: 'US',
      shopId: '7000000000000000013',
      requests: [{ via: 'fetch', method: 'GET', path: API.spsOverview }],
      responses: { [API.spsOverview]: json(spsBody(history)) },
      expect: { page: 'shop-score', metrics: { sps: 3.62, ordersLast90Days: 41 } },
      history: { sps: history },
    },
    {
      name: 'account health, XHR GET (text) and fetch POST',
      origin: us,
      path: '/health-center?shop_region=US&shop_id=7000000000000000014',
      region: 'US',
      shopId: '7000000000000000014',
      requests: [
        { via: 'xhr', method: 'GET', path: API.ahrScore, responseType: 'text' },
        { via: 'fetch', method: 'POST', path: API.shopMetrics },
      ],
      responses: { [API.ahrScore]: json(fixture('ahr-score')), [API.shopMetrics]: json(fixture('shop-metrics')) },
      expect: { page: 'account-health', metrics: { ahr: 185, lateDispatchRate: 0.041, sellerCancellationRate: 0.0123 } },
    },
    {
      name: 'Southeast Asian account health, fetch GET and XHR POST (json)',
      origin: 'https://seller-my.tiktok.com',
      path: '/health-center?shop_region=MY&shop_id=7000000000000000015',
      region: 'MY',
      shopId: '7000000000000000015',
      requests: [
        { via: 'fetch', method: 'GET', path: API.violations },
        { via: 'xhr', method: 'POST', path: API.shopMetrics, responseType: 'json' },
      ],
      responses: { [API.violations]: json(fixture('violation-overview')), [API.shopMetrics]: json(fixture('shop-metrics')) },
      expect: { page: 'account-health', metrics: { violationPoints: 6, lateDispatchRate: 0.041, sellerCancellationRate: 0.0123 } },
    },
    {
      name: 'Data Compass, XHR GET (json), with daily sales',
      origin: us,
      path: '/compass/data-overview?shop_region=US&shop_id=7000000000000000016',
      region: 'US',
      shopId: '7000000000000000016',
      requests: [{ via: 'xhr', method: 'GET', path: API.shopStats, responseType: 'json' }],
      responses: { [API.shopStats]: json(fixture('shop-stats')) },
      expect: {
        page: 'analytics',
        metrics: { gmv: 454.36, orders: 19, unitsSold: 24, visitors: 1002, conversionRate: 0.019 },
        period: { start: '2025-06-01', end: '2025-06-07' },
        currency: 'USD',
      },
      history: { gmv: STATS_DAYS },
    },
    {
      name: 'not logged in (code 98001002), with figures in the body anyway',
      origin: us,
      path: '/health-center/experience-score?shop_region=US&shop_id=7000000000000000017',
      region: 'US',
      shopId: '7000000000000000017',
      requests: [{ via: 'fetch', method: 'GET', path: API.spsOverview }],
      responses: { [API.spsOverview]: json(JSON.stringify({ code: 98001002, message: 'user not login', data: { overview: { score: '4.9', totalValidOrderCnt: 99 } } })) },
      expect: null,
    },
    {
      name: 'a malformed body',
      origin: us,
      path: '/health-center/experience-score?shop_region=US&shop_id=7000000000000000018',
      region: 'US',
      shopId: '7000000000000000018',
      requests: [{ via: 'xhr', method: 'GET', path: API.spsOverview, responseType: 'text' }],
      responses: { [API.spsOverview]: json('{"code":0,"message":"success","data":{"overview":{"score":"4.9","totalValidOrderCnt":') },
      expect: null,
    },
    {
      name: 'a 3 MB body',
      origin: us,
      path: '/health-center/experience-score?shop_region=US&shop_id=7000000000000000019',
      region: 'US',
      shopId: '7000000000000000019',
      requests: [{ via: 'fetch', method: 'GET', path: API.spsOverview }],
      responses: { [API.spsOverview]: json(hugeBody()) },
      expect: null,
    },
  ];
}

/** The scenario whose page is at `pageUrl` (a request's document), if any. */
export function scenarioAt(scenarios: PageDataScenario[], pageUrl: string): PageDataScenario | undefined {
  const u = new URL(pageUrl);
  return scenarios.find((s) => u.origin === s.origin && `${u.pathname}${u.search}` === s.path);
}

/** The response to one of the page's own requests, or null (the runner answers 404). */
export function scenarioResponse(s: PageDataScenario, url: URL): Served | null {
  return url.origin === s.origin ? (s.responses[url.pathname] ?? null) : null;
}

/** Is this request one the scenario's page makes itself (its document, or a listed API path)? */
export function isScenarioRequest(scenarios: PageDataScenario[], url: string): boolean {
  const u = new URL(url);
  return scenarios.some((s) => u.origin === s.origin && (`${u.pathname}${u.search}` === s.path || Object.hasOwn(s.responses, u.pathname)));
}

/**
 * The canvas-only page: it asks for its figures the way Seller Center does, draws them into a
 * <canvas>, and reports what it got (status, a header, a hash of the bytes) in `window.__pageGot`,
 * with how its `fetch`/`XMLHttpRequest` look next to a blank frame's native ones, its own errors,
 * and any new window names. `document.documentElement.dataset.done` is set when it is finished.
 */
export function scenarioPage(s: PageDataScenario): string {
  const script = `
const REQUESTS = ${JSON.stringify(s.requests)};
const errors = [];
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
const hex = async (bytes) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
const post = (r) => (r.method === 'POST' ? '{"shop_id":"${s.shopId}"}' : null);
async function viaFetch(r) {
  const init = r.method === 'POST' ? { method: 'POST', body: post(r), headers: { 'content-type': 'application/json' } } : {};
  const res = await fetch(r.path + '?aid=4068', init);
  const bytes = await res.arrayBuffer();
  return { status: res.status, logId: res.headers.get('x-tt-logid'), sha: await hex(bytes), text: new TextDecoder().decode(bytes) };
}
function viaXhr(r) {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open(r.method, r.path + '?aid=4068');
    x.responseType = r.responseType === 'json' ? 'json' : '';
    x.onload = async () => {
      const text = x.responseType === 'json' ? JSON.stringify(x.response) : x.responseText;
      resolve({ status: x.status, logId: x.getResponseHeader('x-tt-logid'), sha: x.responseType === 'json' ? null : await hex(new TextEncoder().encode(text)), json: x.responseType === 'json' ? x.response : undefined, text });
    };
    x.onerror = () => reject(new Error('xhr failed'));
    x.send(post(r));
  });
}
(async () => {
  const got = [];
  for (const r of REQUESTS) got.push(await (r.via === 'fetch' ? viaFetch(r) : viaXhr(r)));
  const ctx = document.getElementById('chart').getContext('2d');
  got.forEach((g, i) => ctx.fillText(g.text.slice(0, 80), 10, 20 + 20 * i));
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const w = frame.contentWindow;
  const same = (f, g) => f.name === g.name && f.length === g.length && String(f) === String(g) && Function.prototype.toString.call(f) === w.Function.prototype.toString.call(g);
  const looks = {
    fetch: same(fetch, w.fetch),
    open: same(XMLHttpRequest.prototype.open, w.XMLHttpRequest.prototype.open),
    send: same(XMLHttpRequest.prototype.send, w.XMLHttpRequest.prototype.send),
    toString: same(Function.prototype.toString, w.Function.prototype.toString),
  };
  frame.remove();
  const names = Object.getOwnPropertyNames(window).filter((k) => /pulse|page.?data|wxt/i.test(k));
  window.__pageGot = { got: got.map(({ text, ...g }) => ({ ...g, chars: text.length })), looks, names, errors };
})().catch((e) => (window.__pageGot = { failed: String(e) })).finally(() => (document.documentElement.dataset.done = '1'));
`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>TikTok Shop Seller Center</title></head><body><div id="app"><canvas id="chart" width="640" height="200"></canvas></div><script>${script}</script></body></html>`;
}

type PageGot = {
  failed?: string;
  got: Array<{ status: number; logId: string | null; sha: string | null; json?: unknown; chars: number }>;
  looks: Record<string, boolean>;
  names: string[];
  errors: string[];
};

/** What is wrong with what the page got (empty: it got its own bytes, status and headers, and saw nothing of us). */
export function pageProblems(s: PageDataScenario, page: PageGot): string[] {
  if (page.failed) return [`the page failed: ${page.failed}`];
  const out: string[] = [];
  s.requests.forEach((r, i) => {
    const served = s.responses[r.path]!;
    const got = page.got[i]!;
    if (got.status !== served.status) out.push(`${r.path}: status ${got.status}, served ${served.status}`);
    if (got.logId !== served.headers['x-tt-logid']) out.push(`${r.path}: header x-tt-logid ${got.logId}`);
    if (r.responseType === 'json') {
      if (JSON.stringify(got.json) !== JSON.stringify(JSON.parse(served.body))) out.push(`${r.path}: the JSON object differs`);
    } else if (got.sha !== createHash('sha256').update(served.body).digest('hex')) out.push(`${r.path}: the bytes differ (${got.chars} chars)`);
  });
  for (const [fn, same] of Object.entries(page.looks)) if (!same) out.push(`${fn} does not look native (name, length or source text)`);
  if (page.names.length) out.push(`new window names: ${page.names.join(', ')}`);
  if (page.errors.length) out.push(`errors reached the page: ${page.errors.join('; ')}`);
  return out;
}

/**
 * What is wrong with the readings stored for the scenario's shop (all readings of the browser
 * may be given); `since` is when the page was opened: readings captured from then on are the
 * visit's own, older ones are backfilled days.
 */
export function storedProblems(s: PageDataScenario, all: StoredReading[], since: string): string[] {
  const mine = all.filter((r) => r.shop.region === s.region && r.shop.shopId === s.shopId);
  if (!s.expect) return mine.length ? [`stored ${mine.length} readings, expected none: ${JSON.stringify(mine.map((r) => r.metrics))}`] : [];
  const out: string[] = [];
  const want = s.expect;
  const current = mine.filter((r) => r.capturedAt >= since);
  if (current.some((r) => r.page !== want.page || r.source !== 'page-data')) out.push(`readings of another page kind or source: ${JSON.stringify(current.map((r) => [r.page, r.source]))}`);
  const exact = current.find((r) => JSON.stringify(sortKeys(r.metrics)) === JSON.stringify(sortKeys(want.metrics)));
  if (!exact) out.push(`no page-data reading with ${JSON.stringify(want.metrics)}; stored: ${JSON.stringify(current.map((r) => r.metrics))}`);
  else {
    if (want.period && JSON.stringify(exact.period) !== JSON.stringify(want.period)) out.push(`period ${JSON.stringify(exact.period)}`);
    if (want.currency && exact.currency !== want.currency) out.push(`currency ${exact.currency}`);
  }
  // Nothing wrong stored: every value of today's readings is the page's own.
  for (const r of current)
    for (const [k, v] of Object.entries(r.metrics)) if (want.metrics[k as keyof Metrics] !== v) out.push(`stored ${k} = ${v}`);
  for (const [metric, days] of Object.entries(s.history ?? {})) {
    const byDay = new Map<string, number | null | undefined>();
    for (const r of mine) {
      const v = r.metrics[metric as keyof Metrics];
      if (v === undefined) continue;
      const day = r.period && r.period.start === r.period.end ? r.period.start : r.capturedAt.slice(0, 10);
      if (r.period && r.period.start !== r.period.end) continue; // the page's period total, not a day
      byDay.set(day, v);
    }
    for (const [day, value] of Object.entries(days!)) if (byDay.get(day) !== value) out.push(`${metric} on ${day}: ${byDay.get(day)}, expected ${value}`);
    if (byDay.size !== Object.keys(days!).length) out.push(`${metric}: ${byDay.size} days stored, expected ${Object.keys(days!).length}`);
  }
  return out;
}

function sortKeys(m: Metrics): Array<[string, unknown]> {
  return Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1));
}
