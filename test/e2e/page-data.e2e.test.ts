// The page-data channel on the built extension in Chromium (issue 13), over the shared
// scenarios (page-data-scenarios.ts): canvas-only pages fed by the listed endpoints through
// fetch and XHR, GET and POST, are stored with the right values; a 14-day dailyScoreList is
// 14 days of SPS in the popup's chart and in the export; a not-logged-in answer, a malformed
// body and a 3 MB body store nothing, and every page gets its own bytes; no request leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, sendFromExtensionPage, storedRecords, waitFor } from './harness';
import { launchWithExtensions, recordRequests, storedState, type MultiExtensionBrowser } from './hostile-helpers';
import {
  isScenarioRequest,
  pageDataScenarios,
  pageProblems,
  scenarioAt,
  scenarioPage,
  scenarioResponse,
  storedProblems,
  type PageDataScenario,
  type StoredReading,
} from './page-data-scenarios';

const scenarios = pageDataScenarios();
type Seven = [PageDataScenario, PageDataScenario, PageDataScenario, PageDataScenario, PageDataScenario, PageDataScenario, PageDataScenario];
const [sps, health, sea, compass, notLoggedIn, malformed, huge] = scenarios as Seven;

describe('page data (issue 13)', () => {
  let browser: MultiExtensionBrowser;
  let recorder: ReturnType<typeof recordRequests>;
  let pageRequests = 0;

  beforeAll(async () => {
    browser = await launchWithExtensions([]);
    recorder = recordRequests(browser.context, browser.extensionId, (url) => isScenarioRequest(scenarios, url));
    for (const origin of new Set(scenarios.map((s) => s.origin))) {
      await browser.context.route(`${origin}/**`, async (route) => {
        const req = route.request();
        const url = new URL(req.url());
        if (req.resourceType() === 'document') {
          const s = scenarioAt(scenarios, url.href);
          return s ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: scenarioPage(s) }) : route.fulfill({ status: 404, body: 'not found' });
        }
        // Several pages ask the same path: answer as the asking page's scenario says.
        const s = scenarioAt(scenarios, req.frame().url());
        const served = s && scenarioResponse(s, url);
        if (!served) return route.fulfill({ status: 404, body: 'not found' });
        pageRequests++;
        return route.fulfill({ status: served.status, headers: served.headers, body: served.body });
      });
    }
  });
  afterAll(async () => browser?.close());

  const readings = () => storedRecords<StoredReading>(browser, 'readings');

  /** Opens the scenario's page and checks what the page itself got. */
  async function visit(s: PageDataScenario) {
    const since = new Date().toISOString();
    const tab = await browser.context.newPage();
    await tab.goto(`${s.origin}${s.path}`);
    await tab.waitForFunction(() => document.documentElement.dataset.done === '1', null, { timeout: 30_000 });
    const got = await tab.evaluate(() => (window as unknown as { __pageGot: unknown }).__pageGot);
    expect(pageProblems(s, got as Parameters<typeof pageProblems>[1])).toEqual([]);
    return { tab, since };
  }

  async function expectStored(s: PageDataScenario, since: string) {
    await waitFor(async () => storedProblems(s, await readings(), since).length === 0, { timeoutMs: 20_000 }).catch(() => undefined);
    expect(storedProblems(s, await readings(), since)).toEqual([]);
  }

  it('stores the SPS page read from fetch GET alone, and 14 days of its history', async () => {
    const { tab, since } = await visit(sps);
    await expectStored(sps, since);
    await tab.close();
  });

  it("shows the 14 days in the popup's SPS chart and in the export", async () => {
    const popup = await openPopup(browser);
    const chart = popup.locator('[data-metric="sps"] svg.sparkline');
    await chart.waitFor();
    await expect(chart.getAttribute('aria-label')).resolves.toBe('Shop Performance Score: history of 14 days, threshold dashed');
    await expect(popup.locator('[data-metric="sps"] .value').textContent()).resolves.toBe('3.62');
    await popup.close();

    const exported = await sendFromExtensionPage<{ text: string }>(browser, { type: 'history/export', format: 'json' });
    const file = JSON.parse(exported.text) as { version: number; readings: Array<StoredReading & { shop: { key: string } }> };
    expect(file.version).toBe(1);
    const days = new Map<string, number | null | undefined>();
    for (const r of file.readings) if (r.shop.shopId === sps.shopId && r.metrics.sps !== undefined) days.set(r.capturedAt.slice(0, 10), r.metrics.sps);
    expect(Object.fromEntries(days)).toEqual(sps.history!.sps);
    expect(new Set(file.readings.filter((r) => r.shop.shopId === sps.shopId).map((r) => r.source))).toEqual(new Set(['page-data']));
  });

  it.each([
    ['account health: XHR GET and fetch POST', () => health],
    ['Southeast Asia: fetch GET and XHR POST', () => sea],
    ['Data Compass: XHR GET with daily sales', () => compass],
  ])('stores %s with the right values', async (_name, scenario) => {
    const s = scenario();
    const { tab, since } = await visit(s);
    await expectStored(s, since);
    await tab.close();
  });

  it('stores nothing for a not-logged-in answer, a malformed body or a 3 MB body, and each page still gets its own bytes', async () => {
    const opened = await Promise.all([notLoggedIn, malformed, huge].map(async (s) => ({ s, ...(await visit(s)) })));
    // The content script's own verdict on each canvas page: nothing to read, said once it settled.
    await waitFor(async () => {
      const local = ((await storedState(browser.context, browser.extensionId)).local ?? {}) as { unreadable?: Array<{ shopKey: string }> };
      const reported = new Set((local.unreadable ?? []).map((r) => r.shopKey));
      return opened.every(({ s }) => reported.has(`${s.region}:${s.shopId}`));
    }, { timeoutMs: 30_000 });
    const all = await readings();
    for (const { s, since, tab } of opened) {
      expect(storedProblems(s, all, since), s.name).toEqual([]);
      await tab.close();
    }
  });

  it('made no request of its own: every request was a page or its own call', async () => {
    const own = recorder.extensionNetwork();
    expect(own).toEqual([]);
    const pages = recorder.all.filter((r) => r.type !== 'document' && isScenarioRequest(scenarios, r.url));
    expect(pages).toHaveLength(pageRequests);
    expect(pageRequests).toBe(scenarios.reduce((n, s) => n + s.requests.length, 0));
  });
});
