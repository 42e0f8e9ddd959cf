// The page-data scenarios (page-data-scenarios.ts, issue 13) in a real Firefox (firefox-esr
// over WebDriver BiDi, scripts/lib/firefox-browser.mjs), on the built Firefox package: the
// same canvas-only pages, answers and checks as the Chromium runner (page-data.e2e.test.ts).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox-browser.mjs';
import { waitFor } from './harness';
import { pageDataScenarios, pageProblems, scenarioAt, scenarioPage, scenarioResponse, storedProblems, type PageDataScenario, type StoredReading } from './page-data-scenarios';

const scenarios = pageDataScenarios();

/** Serves the scenario's page and answers its own requests in its tab; records what the tab asked for. */
async function serveScenario(tab: Page, s: PageDataScenario, asked: string[]) {
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (!scenarios.some((s) => s.origin === url.origin)) return void request.continue();
    asked.push(url.href);
    // BiDi has no resource types: a navigation is a document. One tab is one scenario's page.
    const page = request.isNavigationRequest() ? scenarioAt(scenarios, url.href) : undefined;
    if (page) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: scenarioPage(page) });
    const served = scenarioResponse(s, url);
    void request.respond(served ? { status: served.status, headers: served.headers, body: served.body } : { status: 404, contentType: 'text/plain', body: 'not found' });
  });
}

describe('Firefox: page data (issue 13)', () => {
  let firefox: FirefoxWithExtension;
  let probe: Page;
  beforeAll(async () => {
    execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
    firefox = await launchFirefoxWithExtension();
    probe = await firefox.openExtensionPage('popup.html');
  });
  afterAll(async () => firefox?.close());

  const readings = () =>
    probe.evaluate(
      () =>
        new Promise<StoredReading[]>((done, fail) => {
          const open = indexedDB.open('shop-pulse');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('readings')) return done((db.close(), []));
            const req = db.transaction('readings').objectStore('readings').getAll();
            req.onsuccess = () => done((db.close(), req.result as StoredReading[]));
            req.onerror = () => fail(req.error);
          };
        }),
    );

  async function visit(s: PageDataScenario, asked: string[]) {
    const since = new Date().toISOString();
    const tab = await firefox.browser.newPage();
    await serveScenario(tab, s, asked);
    await tab.goto(`${s.origin}${s.path}`);
    await tab.waitForFunction(() => document.documentElement.dataset.done === '1', { timeout: 30_000 });
    expect(pageProblems(s, await tab.evaluate(() => (window as unknown as { __pageGot: never }).__pageGot)), s.name).toEqual([]);
    return { tab, since };
  }

  it.each(scenarios.filter((s) => s.expect).map((s) => [s.name, s] as const))('stores %s', async (_name, s) => {
    const asked: string[] = [];
    const { tab, since } = await visit(s, asked);
    await waitFor(async () => storedProblems(s, await readings(), since).length === 0, { timeoutMs: 20_000 }).catch(() => undefined);
    expect(storedProblems(s, await readings(), since)).toEqual([]);
    // The tab asked for its page and its own calls, nothing else (Firefox's own favicon request aside).
    expect(asked.filter((u) => !u.endsWith('/favicon.ico')), asked.join(' ')).toHaveLength(1 + s.requests.length);
    await tab.close();
  });

  it('stores nothing for a not-logged-in answer, a malformed body or a 3 MB body', async () => {
    const nothing = scenarios.filter((s) => !s.expect);
    const opened = await Promise.all(nothing.map(async (s) => ({ s, ...(await visit(s, [])) })));
    await waitFor(async () => {
      const got = (await probe.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get('unreadable'))) as { unreadable?: Array<{ shopKey: string }> };
      const reported = new Set((got.unreadable ?? []).map((r) => r.shopKey));
      return nothing.every((s) => reported.has(`${s.region}:${s.shopId}`));
    }, { timeoutMs: 30_000 });
    const all = await readings();
    for (const { s, since, tab } of opened) {
      expect(storedProblems(s, all, since), s.name).toEqual([]);
      await tab.close();
    }
  });
});
