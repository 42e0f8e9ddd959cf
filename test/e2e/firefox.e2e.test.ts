// The core loop in a real Firefox (Debian's firefox-esr over WebDriver BiDi), on the built
// Firefox package: a Seller Center page is read by the content script, stored by the
// background, drawn in the on-page panel, shown in the popup and held by Export.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, DEMO_QUERY, demoPage } from '../../scripts/lib/demo-site.mjs';
import { launchFirefoxWithExtension, serveSite, type FirefoxWithExtension } from '../../scripts/lib/firefox-browser.mjs';
import { waitFor } from './harness';

type Reading = { page: string; metrics: Record<string, number | null> };
const SCORE_URL = `${DEMO_ORIGIN}/health-center/experience-score${DEMO_QUERY}`;

/** Every reading in the extension's IndexedDB, read from one of its own pages. */
async function storedReadings(extensionPage: Page): Promise<Reading[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Reading[]>((done, fail) => {
        const open = indexedDB.open('shop-pulse');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('readings')) return done((db.close(), []));
          const req = db.transaction('readings').objectStore('readings').getAll();
          req.onsuccess = () => done((db.close(), req.result as Reading[]));
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

describe('Firefox: read → store → panel → popup → export', () => {
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => firefox?.close());

  it('reads the Shop Performance page and draws the panel on it', async () => {
    const tab = await firefox.browser.newPage();
    await serveSite(tab, DEMO_ORIGIN, demoPage);
    await tab.goto(SCORE_URL);
    const panel = await waitFor(async () => {
      const shown = await tab.evaluate(() => document.querySelector('shop-pulse-overlay')?.shadowRoot?.textContent ?? '');
      return shown.includes('3.62') ? shown : null;
    });
    expect(panel).toContain('Shop Performance Score 3.62');
    // The panel lives in its own shadow root: the page's text does not contain it.
    await expect(tab.evaluate(() => document.body.innerText.includes('Shop Pulse'))).resolves.toBe(false);

    const probe = await firefox.openExtensionPage('popup.html');
    const readings = await waitFor(async () => {
      const rows = await storedReadings(probe);
      return rows.length > 0 ? rows : null;
    });
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ page: 'shop-score', metrics: { sps: 3.62, ordersLast90Days: 41 } });
    await probe.close();
    await tab.close();
  });

  it('shows the stored score in the popup', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    const sps = await waitFor(async () => {
      const shown = await text(popup, '[data-metric="sps"]');
      return shown.includes('3.62') ? shown : null;
    });
    expect(sps).toContain('Shop Performance Score');
    await expect(text(popup, '[data-metric="ordersLast90Days"]')).resolves.toContain('41');
    await popup.close();
  });

  it('Export on the options page downloads a history file holding the reading', async () => {
    const options = await firefox.openExtensionPage('options.html');
    // Keep what the page hands the browser to save (Export saves through an object URL).
    await options.evaluate(() => {
      const saved: Blob[] = [];
      Object.assign(window, { savedFiles: saved });
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => (blob instanceof Blob && saved.push(blob), original(blob));
    });
    const exportButton = await waitFor(async () => {
      const buttons = await options.$$('button');
      for (const b of buttons) if ((await b.evaluate((el) => el.textContent)) === 'Export') return b;
      return null;
    });
    await exportButton.click();
    const status = await waitFor(async () => {
      const shown = await options.$$eval('[role=status]', (els) => els.map((el) => el.textContent ?? ''));
      return shown.find((s) => s.startsWith('Downloaded'));
    });
    expect(status).toMatch(/^Downloaded shop-pulse-history-\d{4}-\d{2}-\d{2}\.json\.$/);
    const file = JSON.parse(await options.evaluate(() => (window as unknown as { savedFiles: Blob[] }).savedFiles[0]!.text())) as {
      format: string;
      readings: Array<Reading & { shop: { region: string; shopId: string } }>;
    };
    expect(file.format).toBe('shop-pulse-history');
    expect(file.readings).toHaveLength(1);
    expect(file.readings[0]).toMatchObject({ page: 'shop-score', shop: { region: 'US', shopId: '7495012345678901234' }, metrics: { sps: 3.62 } });
    await options.close();
  });
});
