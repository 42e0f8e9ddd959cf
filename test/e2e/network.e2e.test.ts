// Sends nothing anywhere (issue 8), on the built extension: every request made by the
// extension's worker, its pages (popup, options) and its content script is recorded
// through a full run — demo history imported, every demo page read, popup, options,
// Export, Import, settings changed, the worker stopped and woken — and none may leave
// the browser. Reads of the extension's own packaged files are local and listed apart.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, DEMO_PAGES, DEMO_QUERY, demoPage } from '../../scripts/lib/demo-site.mjs';
import { demoHistory, seedDemoHistory } from '../../scripts/lib/demo-history.mjs';
import { noQuietHours, openPopup, sendFromExtensionPage, serveSite, stopServiceWorkers, waitFor } from './harness';
import { launchWithExtensions, ownWorker, recordRequests, storedState, type MultiExtensionBrowser } from './hostile-helpers';

/** The only page requests the run causes itself: navigations to the routed demo pages. */
const isTestNavigation = (url: string, type: string) => type === 'document' && new URL(url).origin === DEMO_ORIGIN;

describe('network', () => {
  let browser: MultiExtensionBrowser;
  let recorder: ReturnType<typeof recordRequests>;
  beforeAll(async () => {
    browser = await launchWithExtensions([]);
    recorder = recordRequests(browser.context, browser.extensionId, (url, req) => isTestNavigation(url, req.resourceType()));
    await serveSite(browser.context, DEMO_ORIGIN, demoPage);
  });
  afterAll(async () => browser?.close());

  it('the recorder sees requests from the worker and from extension pages (canaries)', async () => {
    const worker = await ownWorker(browser.context, browser.extensionId);
    await worker.evaluate(() => fetch('https://canary.invalid/worker').catch(() => null));
    const page = await openPopup(browser);
    await page.evaluate(() => fetch('https://canary.invalid/page').catch(() => null));
    await page.close();
    const seen = recorder.extensionNetwork().map((r) => r.url);
    expect(seen).toContain('https://canary.invalid/worker');
    expect(seen).toContain('https://canary.invalid/page');
    recorder.reset();
    // Start the worker afresh under the recorder, so its start-up is recorded too.
    const tab = await browser.context.newPage();
    await stopServiceWorkers(tab);
    await tab.close();
  });

  it('makes no request in a full run', async () => {
    await noQuietHours(browser);
    await seedDemoHistory(browser.context, browser.extensionId);

    // Every demo page, read by the content script and stored by the worker.
    const tab = await browser.context.newPage();
    for (const path of Object.keys(DEMO_PAGES)) {
      await tab.goto(`${DEMO_ORIGIN}${path}${DEMO_QUERY}`);
      await tab.locator('shop-pulse-overlay').waitFor({ state: 'attached' });
      await tab.waitForTimeout(1500);
    }
    await waitFor(async () => {
      const s = (await storedState(browser.context, browser.extensionId)) as { db: { readings?: Array<{ source: string }> } | null };
      return (s.db?.readings ?? []).filter((r) => r.source === 'page').length >= 3;
    });

    // The popup, then the options page: change a setting, Export (JSON and CSV), Import the export back.
    const popup = await openPopup(browser);
    await popup.locator('[data-metric="sps"]').waitFor();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const exportJson = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await exportJson;
    const file = await download.path();
    const exportCsv = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export CSV' }).click();
    await exportCsv;
    await options.getByTestId('import-file').setInputFiles(file); // our own export back: nothing new
    await options.getByText(/nothing to import/).waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
    const other = join(mkdtempSync(join(tmpdir(), 'shop-pulse-import-')), 'other-shop.json');
    writeFileSync(other, JSON.stringify(demoHistory({ now: new Date(), shopId: '1111111111' })));
    await options.getByTestId('import-file').setInputFiles(other); // another shop: imported
    await options.getByRole('button', { name: /^Import \d+ readings$/ }).click();
    await options.getByText(/^Imported \d+ readings\.$/).waitFor();
    await sendFromExtensionPage(browser, { type: 'prefs/set', change: { retentionMonths: 24 } });
    await sendFromExtensionPage(browser, { type: 'history/stats' });

    // The worker stopped (as MV3 does when idle) and woken again by the popup and a page.
    await stopServiceWorkers(tab);
    await popup.reload();
    await popup.locator('[data-metric="sps"]').waitFor();
    await tab.goto(`${DEMO_ORIGIN}/health-center/experience-score${DEMO_QUERY}`);
    await tab.locator('shop-pulse-overlay').waitFor({ state: 'attached' });
    await tab.waitForTimeout(2000);

    const network = recorder.extensionNetwork();
    const local = recorder.packageReads();
    console.log(`network E2E: ${recorder.all.length} requests seen in all, ${network.length} from the extension to the network, ${local.length} reads of its own package`);
    expect(network).toEqual([]);
    // Sanity: the run did happen under the recorder (pages loaded their packaged scripts).
    expect(local.length).toBeGreaterThan(5);

    // And the recorder still hears the restarted worker.
    const worker = await ownWorker(browser.context, browser.extensionId);
    await worker.evaluate(() => fetch('https://canary.invalid/after-restart').catch(() => null));
    await waitFor(async () => recorder.extensionNetwork().some((r) => r.url === 'https://canary.invalid/after-restart'), { timeoutMs: 5000 });
  });
});
