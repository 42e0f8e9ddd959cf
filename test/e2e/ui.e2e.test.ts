// What the seller sees, on the built extension: the popup's warnings and charts, the
// on-page panel in its own shadow root, and one notification per crossing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORIGIN, DEMO_QUERY, demoPage } from '../../scripts/lib/demo-site.mjs';
import { seedDemoHistory } from '../../scripts/lib/demo-history.mjs';
import { launch, noQuietHours, openPopup, serveSite, waitFor, type ExtensionBrowser } from './harness';

const SCORE_URL = `${DEMO_ORIGIN}/health-center/experience-score${DEMO_QUERY}`;

async function notificationIds(browser: ExtensionBrowser): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const all = await page.evaluate(() => chrome.notifications.getAll());
  await page.close();
  return Object.keys(all);
}

describe('popup, overlay and notifications', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch();
    await serveSite(browser.context, DEMO_ORIGIN, demoPage);
    await noQuietHours(browser);
    await seedDemoHistory(browser.context, browser.extensionId);
  });
  afterAll(async () => browser?.close());

  it('notifies once when the score comes near its threshold, not again for the same reading', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(SCORE_URL);
    const ids = await waitFor(async () => {
      const found = await notificationIds(browser);
      return found.some((id) => id.includes('|sps-near-threshold|')) ? found : null;
    });
    expect(ids.filter((id) => id.includes('|sps-near-threshold|'))).toHaveLength(1);
    await tab.reload();
    await tab.waitForTimeout(2500);
    expect((await notificationIds(browser)).filter((id) => id.includes('|sps-near-threshold|'))).toHaveLength(1);
    await tab.close();
  });

  it("shows the shop's warnings first and charts its history with the threshold", async () => {
    const popup = await openPopup(browser);
    const warnings = popup.getByRole('list', { name: 'Warnings' });
    await warnings.waitFor();
    await expect(warnings.locator('[data-code="sps-near-threshold"]').textContent()).resolves.toContain('3.62');
    const sps = popup.locator('[data-metric="sps"]');
    await expect(sps.textContent()).resolves.toContain('0.12 above 3.50');
    await sps.locator('svg.sparkline polyline').waitFor(); // the charts come just after the cards
    await expect(sps.locator('svg.sparkline polyline').count()).resolves.toBe(1);
    await expect(sps.locator('svg.sparkline line.threshold').count()).resolves.toBe(1);
    await expect(popup.locator('[data-program="smart-promotion"] .pill').textContent()).resolves.toBe('At risk');
    await expect(popup.evaluate(() => chrome.action.getBadgeText({}))).resolves.toBe('!');
    await popup.close();
  });

  it("draws the panel in a shadow root without moving the page's own content", async () => {
    const tab = await browser.context.newPage();
    await tab.goto(SCORE_URL);
    const host = tab.locator('shop-pulse-overlay');
    await waitFor(async () => (await host.evaluate((h) => h.shadowRoot?.textContent ?? '')).includes('Shop Pulse'));
    const layout = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('main *, nav a, header')].map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].join(',');
        }),
      );
    const withPanel = await layout();
    const panelText = await host.evaluate((h) => h.shadowRoot!.textContent!);
    expect(panelText).toContain('1 thing to look at');
    // The page's own DOM does not see the panel's text, and removing the panel moves nothing.
    await expect(tab.evaluate(() => document.body.innerText.includes('to look at'))).resolves.toBe(false);
    await host.evaluate((h) => h.remove());
    expect(await layout()).toEqual(withPanel);
    await tab.close();
  });

  it('remembers a collapsed panel across page loads', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(SCORE_URL);
    const button = tab.locator('shop-pulse-overlay').locator('button.line');
    await button.waitFor();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await button.click();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await tab.reload();
    await tab.locator('shop-pulse-overlay').locator('button.line').waitFor();
    await expect(tab.locator('shop-pulse-overlay').locator('button.line').getAttribute('aria-expanded')).resolves.toBe('false');
    await tab.close();
  });
});
