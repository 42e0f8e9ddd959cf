// The foundation loop on the built extension: a Seller Center page is read by the
// content script, stored by the background in IndexedDB, and shown in the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, DEMO_QUERY, demoPage } from '../../scripts/lib/demo-site.mjs';
import { launch, openPopup, serveSite, storedRecords, waitFor, type ExtensionBrowser } from './harness';

describe('read → store → show', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch();
    await serveSite(browser.context, DEMO_ORIGIN, demoPage);
  });
  afterAll(async () => browser?.close());

  it('shows a fresh install what to do', async () => {
    const popup = await openPopup(browser);
    // The popup draws after it has loaded its language: wait for the heading, don't race it.
    const heading = popup.getByRole('heading', { name: 'No readings yet' });
    await heading.waitFor();
    await expect(heading.isVisible()).resolves.toBe(true);
    await popup.close();
  });

  it('stores the Shop Performance Score read from Seller Center and shows it in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${DEMO_ORIGIN}/health-center/experience-score${DEMO_QUERY}`);
    const readings = await waitFor(async () => {
      const rows = await storedRecords<{ metrics: Record<string, number | null>; page: string }>(browser, 'readings');
      return rows.length > 0 ? rows : null;
    });
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ page: 'shop-score', metrics: { sps: 3.62, ordersLast90Days: 41 } });

    const popup = await openPopup(browser);
    const sps = popup.locator('[data-metric="sps"]');
    await sps.waitFor();
    await expect(sps.textContent()).resolves.toContain('3.62');
    await expect(popup.locator('[data-metric="ordersLast90Days"]').textContent()).resolves.toContain('41');
  });
});
