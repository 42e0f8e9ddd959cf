// Trusts nothing it receives (issue 8), on the built extension: a script on a Seller
// Center page, a compromised content script (run in the content script's own isolated
// world) and a second, hostile extension send forged, malformed and oversized messages.
// Every one is rejected and nothing stored changes. A hostile Seller Center page can
// only ever get in-range values stored, and none of its text becomes markup.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, DEMO_QUERY, demoPage } from '../../scripts/lib/demo-site.mjs';
import { isMetricKey, isValidMetricValue } from '../../lib/metrics';
import { serveSite, waitFor } from './harness';
import { launchWithExtensions, storedState, writeTestExtension, type MultiExtensionBrowser } from './hostile-helpers';

const OTHER = 'Not Shop Pulse';
const FORGED_PATH = '/forged-messages';
const HOSTILE_PATH = '/health-center/experience-score';
const HOSTILE_QUERY = '?shop_region=US&shop_id=666';

const reading = {
  page: 'shop-score',
  region: 'US',
  shopId: '7495012345678901234',
  currency: 'USD',
  period: null,
  metrics: { sps: 1.01, ordersLast90Days: 1 },
  missing: [],
  path: '/health-center/experience-score',
};
const importText = JSON.stringify({ format: 'shop-pulse-history', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', shops: [], readings: [] });
const MB = 1024 * 1024;

/** Privileged messages: only our own pages may send them. */
const PRIVILEGED: unknown[] = [
  { type: 'history/clear' },
  { type: 'history/export', format: 'json' },
  { type: 'history/export', format: 'csv' },
  { type: 'history/import', text: importText, dryRun: false },
  { type: 'history/import', text: importText, dryRun: true },
  { type: 'prefs/set', change: { notifications: { enabled: false } } },
  { type: 'prefs/get' },
  { type: 'shops/list' },
  { type: 'shop/status', shopKey: 'US:7495012345678901234' },
  { type: 'history/stats' },
  { type: 'reading/manual', reading: { shopKey: 'US:7495012345678901234', metrics: { sps: 0 } } },
];

/** Malformed or oversized: built in the sending context (so the 10 MB strings are made there). */
const MALFORMED_SOURCE = `(reading) => {
  const big = 'x'.repeat(10 * ${MB});
  let deep = {}; for (let i = 0; i < 5000; i++) deep = { a: deep };
  const manyKeys = {}; for (let i = 0; i < 100000; i++) manyKeys['k' + i] = i;
  return [
    null, 42, 'reading/captured', [], {},
    { type: 'history/drop-everything' },
    { type: 'reading/captured' },
    { type: 'reading/captured', reading, extra: true },
    { type: 'reading/captured', reading: { ...reading, metrics: { sps: 9.99 } } },
    { type: 'reading/captured', reading: { ...reading, metrics: { sps: -1 } } },
    { type: 'reading/captured', reading: { ...reading, metrics: { ordersLast90Days: 1.5 } } },
    { type: 'reading/captured', reading: { ...reading, metrics: { onTimeDeliveryRate: 93.4 } } },
    { type: 'reading/captured', reading: { ...reading, metrics: { gmv: 1e300 } } },
    { type: 'reading/captured', reading: { ...reading, metrics: { sps: '3.62' } } },
    { type: 'reading/captured', reading: { ...reading, metrics: { karma: 1 } } },
    { type: 'reading/captured', reading: { ...reading, metrics: manyKeys } },
    { type: 'reading/captured', reading: { ...reading, region: 'us' } },
    { type: 'reading/captured', reading: { ...reading, shopId: 'x'.repeat(65) } },
    { type: 'reading/captured', reading: { ...reading, path: 'javascript:alert(1)' } },
    { type: 'reading/captured', reading: { ...reading, path: '/' + big } },
    { type: 'reading/captured', reading: { ...reading, page: 'admin' } },
    { type: 'reading/captured', reading: { ...reading, period: { start: '2025-02-30', end: '2025-01-01' } } },
    { type: 'reading/captured', reading: { ...reading, missing: Array(100000).fill('sps') } },
    { type: 'reading/captured', reading: { ...reading, metrics: deep } },
    { type: 'reading/captured', reading: JSON.parse('{"__proto__": {"polluted": true}, "page": "shop-score"}') },
    { type: 'page/unreadable', reading: { ...reading, shopId: big } },
    { type: 'overlay/status', shop: { region: 'US', shopId: big } },
    { type: 'history/import', text: big + big, dryRun: false },
    big,
  ];
}`;

type Outcome = { ok: boolean; detail: string };
const rejectedCount = (outcomes: Outcome[]) => outcomes.filter((o) => !o.ok).length;

/** The CDP id of Shop Pulse's content-script world in `page`. */
async function contentScriptWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const contexts: Array<{ id: number; origin: string; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  return waitFor(async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)?.id);
}

describe('hostile senders', () => {
  let browser: MultiExtensionBrowser;
  let shopPulse: string;
  let before: Record<string, unknown>;
  const counts: Record<string, number> = {};

  beforeAll(async () => {
    browser = await launchWithExtensions([writeTestExtension(OTHER)]);
    shopPulse = browser.ids['Shop Pulse']!;
    await serveSite(browser.context, DEMO_ORIGIN, (url) =>
      url.pathname === FORGED_PATH ? '<!doctype html><title>Forged</title><main>Nothing to read here.</main>' : demoPage(url),
    );
    // Something worth protecting: one genuine reading, read from the demo page.
    const tab = await browser.context.newPage();
    await tab.goto(`${DEMO_ORIGIN}/health-center/experience-score${DEMO_QUERY}`);
    await waitFor(async () => {
      const s = (await storedState(browser.context, shopPulse)) as { db: { readings?: unknown[] } | null };
      return (s.db?.readings?.length ?? 0) > 0;
    });
    await tab.close();
    await new Promise((r) => setTimeout(r, 1000)); // let the checks that follow a new reading settle
    before = await storedState(browser.context, shopPulse);
  });

  afterAll(async () => {
    console.log(`hostile E2E: messages rejected ${JSON.stringify(counts)}, total ${Object.values(counts).reduce((a, b) => a + b, 0)}`);
    await browser?.close();
  });

  let forgedTab: Page;
  it('a script on a Seller Center page cannot reach the worker, the extension pages or the content script', async () => {
    forgedTab = await browser.context.newPage();
    await forgedTab.goto(`${DEMO_ORIGIN}${FORGED_PATH}${DEMO_QUERY}`);
    await forgedTab.waitForTimeout(500);
    const outcomes = await forgedTab.evaluate(
      async ({ id, privileged, reading }) => {
        const out: Array<{ ok: boolean; detail: string }> = [];
        const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
        for (const msg of [...privileged, { type: 'reading/captured', reading }]) {
          // Without externally_connectable a page has no runtime.sendMessage; if it had one, it must fail.
          if (typeof rt?.sendMessage !== 'function') {
            out.push({ ok: false, detail: 'no chrome.runtime.sendMessage on the page' });
            continue;
          }
          try {
            const reply = (await rt.sendMessage(id, msg)) as { ok?: boolean } | undefined;
            out.push({ ok: reply?.ok === true, detail: JSON.stringify(reply) });
          } catch (e) {
            out.push({ ok: false, detail: String(e) });
          }
        }
        // Messages posted to the window, in every shape the content script might be fooled by.
        for (const msg of [...privileged, { type: 'reading/captured', reading }, { source: 'shop-pulse', ...reading }]) {
          window.postMessage(msg, '*');
          window.dispatchEvent(new CustomEvent('shop-pulse', { detail: msg }));
          out.push({ ok: false, detail: 'posted' });
        }
        // The extension's own pages are not web-accessible.
        for (const path of ['popup.html', 'options.html', 'background.js']) {
          try {
            await fetch(`chrome-extension://${id}/${path}`);
            out.push({ ok: true, detail: `fetched ${path}` });
          } catch (e) {
            out.push({ ok: false, detail: String(e) });
          }
        }
        return out;
      },
      { id: shopPulse, privileged: PRIVILEGED, reading },
    );
    await forgedTab.waitForTimeout(1000);
    expect(outcomes.filter((o) => o.ok)).toEqual([]);
    counts.page = rejectedCount(outcomes);
    expect(await storedState(browser.context, shopPulse)).toEqual(before);
  });

  it('a compromised content script gets no privileged message through, and no malformed or oversized one', async () => {
    const cdp = await browser.context.newCDPSession(forgedTab);
    const world = await contentScriptWorld(cdp, shopPulse);
    const expression = `(async () => {
      const reading = ${JSON.stringify(reading)};
      const messages = [...${JSON.stringify(PRIVILEGED)}, ...(${MALFORMED_SOURCE})(reading)];
      const out = [];
      for (const msg of messages) {
        try {
          const reply = await chrome.runtime.sendMessage(msg);
          out.push({ ok: reply?.ok === true, detail: JSON.stringify(reply).slice(0, 200) });
        } catch (e) {
          out.push({ ok: false, detail: String(e).slice(0, 200) });
        }
      }
      // The channel works: a well-formed read-only message from this world is answered.
      const control = await chrome.runtime.sendMessage({ type: 'overlay/status', shop: { region: 'US', shopId: '7495012345678901234' } });
      return { out, control: control?.ok === true };
    })()`;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true })) as {
      result: { value: { out: Outcome[]; control: boolean } };
      exceptionDetails?: unknown;
    };
    await cdp.detach();
    expect(exceptionDetails).toBeUndefined();
    expect(result.value.control).toBe(true);
    const { out } = result.value;
    expect(out.length).toBeGreaterThan(PRIVILEGED.length + 25);
    expect(out.filter((o) => o.ok)).toEqual([]);
    // Privileged types are refused by sender, not by shape.
    for (const o of out.slice(0, PRIVILEGED.length)) expect(o.detail).toMatch(/not allowed from content/);
    counts.contentScript = rejectedCount(out);
    expect(await storedState(browser.context, shopPulse)).toEqual(before);
  });

  it('another extension cannot message or connect to Shop Pulse', async () => {
    const other = await browser.workerOf(OTHER);
    // Run as an expression: the hostile extension's CSP would refuse eval of the message builder.
    const out = (await other.evaluate(`(async () => {
      const id = ${JSON.stringify(shopPulse)};
      const reading = ${JSON.stringify(reading)};
      const privileged = ${JSON.stringify(PRIVILEGED)};
      const results = [];
      for (const msg of [...privileged, { type: 'reading/captured', reading }, ...(${MALFORMED_SOURCE})(reading)]) {
        try {
          const reply = await chrome.runtime.sendMessage(id, msg);
          results.push({ ok: reply?.ok === true, detail: String(JSON.stringify(reply)).slice(0, 200) });
        } catch (e) {
          results.push({ ok: false, detail: String(e).slice(0, 200) });
        }
      }
      for (const msg of [...privileged, { type: 'reading/captured', reading }]) {
        results.push(await new Promise((resolve) => {
          const port = chrome.runtime.connect(id);
          port.onMessage.addListener((m) => resolve({ ok: true, detail: JSON.stringify(m) }));
          port.onDisconnect.addListener(() => resolve({ ok: false, detail: 'disconnected: ' + (chrome.runtime.lastError?.message ?? '') }));
          port.postMessage(msg);
        }));
      }
      return results;
    })()`)) as Outcome[];
    expect(out.filter((o) => o.ok)).toEqual([]);
    expect(out.filter((o) => !/Could not establish connection|disconnected|exceeded|Could not serialize/i.test(o.detail))).toEqual([]);
    counts.otherExtension = rejectedCount(out);
    expect(await storedState(browser.context, shopPulse)).toEqual(before);
  });
});

const HOSTILE_PAGE = `<!doctype html><title>Shop Performance</title>
<script>window.__ran = (window.__ran || 0) + 1;</script>
<h1>Shop Performance</h1>
<div><div>Shop Performance Score</div><div>3.62</div></div>
<div><div>Account Health Rating</div><div>9,999</div></div>
<div><div>Eligible orders in the past 90 days: -41</div></div>
<div><div>On-time delivery rate</div><div>250%</div></div>
<div><div>Negative review rate</div><div>1e400%</div></div>
<div><div>Return/refund rate</div><div><img src=x onerror="window.__pwned=1">&lt;img src=x onerror="window.__pwned=2"&gt;</div></div>
<div><div>IM dissatisfaction rate</div><div>NaN%</div></div>
<div id="deep"></div><div id="big"></div>
<script>
  let el = document.getElementById('deep');
  for (let i = 0; i < 500; i++) { const d = document.createElement('div'); el.appendChild(d); el = d; }
  el.textContent = 'Seller-fault cancellation rate 0.61%';
  document.getElementById('big').textContent = '9'.repeat(1024 * 1024);
  document.title = '<img src=x onerror="window.__pwned=3">';
</script>`;

describe('a hostile Seller Center page', () => {
  let browser: MultiExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtensions([]);
    await serveSite(browser.context, DEMO_ORIGIN, (url) => (url.pathname === HOSTILE_PATH ? HOSTILE_PAGE : null));
  });
  afterAll(async () => browser?.close());

  it('gets only in-range values stored, and none of its text becomes markup', async () => {
    const id = browser.extensionId;
    const tab = await browser.context.newPage();
    await tab.goto(`${DEMO_ORIGIN}${HOSTILE_PATH}${HOSTILE_QUERY}`);
    // The one in-range figure (SPS 3.62) is stored; the rest of the page is out of range or not a number.
    const state = await waitFor(
      async () => {
        const s = (await storedState(browser.context, id)) as { db: { readings?: Array<{ metrics: Record<string, unknown> }> } | null; local: Record<string, unknown> };
        return (s.db?.readings?.length ?? 0) > 0 ? s : null;
      },
      { timeoutMs: 20_000 },
    );
    expect(state.db?.readings?.[0]?.metrics).toMatchObject({ sps: 3.62 });
    for (const r of state.db?.readings ?? []) {
      for (const [key, value] of Object.entries(r.metrics)) {
        expect(isMetricKey(key), key).toBe(true);
        if (value !== null) expect(isMetricKey(key) && typeof value === 'number' && isValidMetricValue(key, value), `${key}=${String(value)}`).toBe(true);
      }
    }
    const panel = tab.locator('shop-pulse-overlay');
    await panel.waitFor({ state: 'attached' });
    await tab.waitForTimeout(1000);
    expect(await tab.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBe(1); // the page's own <img>, not ours
    expect(await panel.evaluate((h) => h.shadowRoot?.querySelectorAll('img, script, iframe').length ?? 0)).toBe(0);
  });
});
