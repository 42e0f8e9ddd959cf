// A partner's day, on the built extension: one visit to a Partner Center list of eight shops
// gives eight shops with their figures — in the dashboard (worst first), in the popup's
// switcher, in the export — and one notification naming the shops that need attention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_ORIGIN, PARTNER_PATH, partnerPage } from '../../scripts/lib/demo-partner.mjs';
import { launch, noQuietHours, openPopup, sendFromExtensionPage, serveSite, storedRecords, waitFor, type ExtensionBrowser } from './harness';

const NAMES_WORST_FIRST = [
  'Siam Silk House', // SPS 3.21: below 3.5 (critical)
  'Maple & Moss Home Goods', // SPS 3.58 near 3.5, AHR 168 near 150: two warnings
  'Toko Rumah Hijau', // 12 of 30 orders, no score yet
];

describe('a Partner Center list of eight shops', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch();
    await serveSite(browser.context, PARTNER_ORIGIN, partnerPage);
    await noQuietHours(browser);
    const tab = await browser.context.newPage();
    await tab.goto(`${PARTNER_ORIGIN}${PARTNER_PATH}`);
    await waitFor(async () => (await storedRecords(browser, 'shops')).length >= 8);
    await tab.close();
  });
  afterAll(async () => browser?.close());

  it('shows the eight shops on dashboard.html with their figures, worst first', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const rows = page.locator('table.shops tbody tr');
    await waitFor(async () => (await rows.count()) === 8);
    const names = await page.locator('table.shops tbody th[scope="row"]').allTextContents();
    expect(names.slice(0, 3)).toEqual(NAMES_WORST_FIRST);
    expect(names.slice(3).sort()).toEqual(['Kedai Batik Sari', 'Lion City Gadgets', 'Lumen Kitchen UK', 'Manila Bay Crafts', 'Saigon Ceramics']);
    const maple = page.locator('tr', { hasText: 'Maple & Moss Home Goods' });
    await expect(maple.locator('[data-metric="sps"]').textContent()).resolves.toBe('3.58');
    await expect(maple.locator('[data-metric="health"]').textContent()).resolves.toBe('AHR 168');
    await expect(maple.locator('[data-metric="gmv"]').textContent()).resolves.toContain('$48,211');
    await expect(page.locator('tr', { hasText: 'Siam Silk House' }).locator('[data-metric="health"]').textContent()).resolves.toBe('14 / 48 points');
    await expect(page.locator('.totals').textContent()).resolves.toContain('Sellers served: 8');

    // Keyboard: the first shop's name is a button; Enter opens its view, Back returns.
    await page.locator('table.shops tbody button').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Siam Silk House' }).waitFor();
    await page.locator('[data-metric="sps"]').first().waitFor();
    await page.getByRole('button', { name: /Back to all shops/ }).click();
    await waitFor(async () => (await rows.count()) === 8);
    await page.close();
  });

  it("lists them in the popup's switcher", async () => {
    const popup = await openPopup(browser);
    const options = popup.locator('.shop-switcher select option');
    await waitFor(async () => (await options.count()) === 8);
    expect((await options.allTextContents()).sort()).toContain('Lumen Kitchen UK');
    await popup.close();
  });

  it('exports a reading per shop, marked as read from the partner list', async () => {
    const file = await sendFromExtensionPage<{ text: string }>(browser, { type: 'history/export', format: 'json' });
    const data = JSON.parse(file.text) as { shops: Array<{ key: string; name: string }>; readings: Array<{ shop: { key: string }; page: string; currency: string; metrics: Record<string, number | null> }> };
    expect(data.shops).toHaveLength(8);
    expect(new Set(data.readings.map((r) => r.shop.key)).size).toBe(8);
    expect(data.readings.every((r) => r.page === 'partner')).toBe(true);
    const thai = data.readings.find((r) => r.shop.key === 'TH:7495100000000000004');
    expect(thai).toMatchObject({ currency: 'THB', metrics: { sps: 3.21, violationPoints: 14, gmv: 412300 } });
  });

  it("takes this year's Q4 dates from the page's banner for the partner programs", async () => {
    const prefs = await sendFromExtensionPage<{ rules: { programs?: Record<string, unknown> } }>(browser, { type: 'prefs/get' });
    expect(prefs.rules.programs?.['tsp-q4-affiliate-credits']).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });

  it('sends one notification naming the shops that crossed something, not one per shop', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const ids = await waitFor(async () => {
      const all = Object.keys(await page.evaluate(() => chrome.notifications.getAll()));
      return all.length > 0 ? all : null;
    });
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^shop-pulse-many\|/);
    await page.close();
  });
});
