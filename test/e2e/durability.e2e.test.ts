// The history survives what MV3 does to it: the service worker is stopped 20 times
// between and during captures, and a newer database version arrives while the popup
// is open. Every reading is stored, none twice, no row is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../lib/history/db';
import { launch, openPopup, sendFromExtensionPage, serveSite, stopServiceWorkers, storedRecords, waitFor, type ExtensionBrowser } from './harness';

const ORIGIN = 'https://seller-us.tiktok.com';
const SHOP = '7411111111111111111';

/** A Shop Performance page whose score is 3.00 + n/100, so each capture is a distinct reading. */
function scorePage(n: number): string {
  const sps = (3 + n / 100).toFixed(2);
  return `<!doctype html><html lang="en"><body><nav class="_m_9x1"><a href="/homepage">Home</a><a href="/order">Orders</a></nav>
  <main class="_c_7fa2"><h1>Shop Performance</h1>
  <div class="_card_1kq"><div class="_t_2a">Shop Performance Score</div><div class="_v_2b">${sps}</div></div>
  <div class="_card_1kq"><div class="_t_2a">Eligible orders in the past 90 days</div><div class="_v_2b">${40 + n}</div></div>
  </main></body></html>`;
}

type Row = { id: number; metrics: { sps?: number | null; ordersLast90Days?: number | null }; shop: { shopId: string | null } };

describe('durability of the history', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch();
    await serveSite(browser.context, ORIGIN, (url) => {
      const n = Number(url.searchParams.get('n'));
      return url.pathname === '/health-center/experience-score' && Number.isInteger(n) ? scorePage(n) : null;
    });
    // The worker's first start (install, database creation) ends before the first stop:
    // stopping it mid-install is Chrome's business, not what this test is about.
    await sendFromExtensionPage(browser, { type: 'history/stats' });
  });
  afterAll(async () => browser?.close());

  it('stores every reading exactly once while the worker is stopped 20 times, between and during captures', async () => {
    const tab = await browser.context.newPage();
    const CAPTURES = 20;
    for (let n = 0; n < CAPTURES; n++) {
      const url = `${ORIGIN}/health-center/experience-score?shop_region=US&shop_id=${SHOP}&n=${n}`;
      if (n % 2 === 0) {
        // Between captures: stop the worker, then load the next page.
        await stopServiceWorkers(tab);
        await tab.goto(url);
      } else {
        // During a capture: the page is loaded and the reader is settling when the worker dies.
        await tab.goto(url);
        await tab.waitForTimeout(150 + (n % 5) * 60);
        await stopServiceWorkers(tab);
      }
      await waitFor(async () => (await storedRecords<Row>(browser, 'readings')).some((r) => r.metrics.ordersLast90Days === 40 + n), {
        timeoutMs: 20_000,
      });
    }
    // Reload the last page twice: the same values again are not a new reading.
    await tab.reload();
    await tab.waitForTimeout(2000);
    const rows = (await storedRecords<Row>(browser, 'readings')).filter((r) => r.shop.shopId === SHOP);
    const orders = rows.map((r) => r.metrics.ordersLast90Days).sort((a, b) => Number(a) - Number(b));
    expect(orders).toEqual(Array.from({ length: CAPTURES }, (_, n) => 40 + n));
    expect(new Set(rows.map((r) => r.metrics.sps)).size).toBe(CAPTURES);
  });

  it('lets a newer database version upgrade while the popup is open, keeping every row', async () => {
    const before = await storedRecords<Row>(browser, 'readings');
    expect(before.length).toBeGreaterThan(0);
    const popup = await openPopup(browser);
    await popup.locator('main').waitFor();
    // The worker holds an open connection (it just served the popup). A newer build
    // opening the next version must not be blocked by it.
    const upgrader = await browser.context.newPage();
    await upgrader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const result = await upgrader.evaluate(
      (version) =>
        new Promise<{ outcome: string; count?: number }>((resolve) => {
          const req = indexedDB.open('shop-pulse', version);
          const timer = setTimeout(() => resolve({ outcome: 'blocked (timed out)' }), 10_000);
          req.onblocked = () => undefined; // wait: the old connection should close itself
          req.onerror = () => resolve({ outcome: `error ${req.error?.name}` });
          req.onsuccess = () => {
            clearTimeout(timer);
            const db = req.result;
            const count = db.transaction('readings').objectStore('readings').count();
            count.onsuccess = () => {
              db.close();
              resolve({ outcome: 'upgraded', count: count.result });
            };
          };
        }),
      DB_VERSION + 1,
    );
    expect(result).toEqual({ outcome: 'upgraded', count: before.length });
    await upgrader.close();
    await popup.close();
  });
});
