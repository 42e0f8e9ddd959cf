// The demo's dashboard.png: visit the demo Partner Center list (eight shops), wait until
// the worker has stored them, and photograph the all-shops dashboard.
import { PARTNER_ORIGIN, PARTNER_PATH } from './demo-partner.mjs';

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {string} dir
 */
export async function screenshotDashboard(context, extensionId, dir) {
  const partner = await context.newPage();
  await partner.goto(`${PARTNER_ORIGIN}${PARTNER_PATH}`);
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 760 });
  const url = `chrome-extension://${extensionId}/dashboard.html`;
  // The reading lands a moment after the page settles: reload until the eight rows are there.
  for (let i = 0; i < 20; i++) {
    await dashboard.goto(url);
    await dashboard.waitForSelector('table.shops, .empty', { timeout: 10_000 });
    if ((await dashboard.locator('table.shops tbody tr').count()) >= 8) break;
    await dashboard.waitForTimeout(500);
  }
  await dashboard.screenshot({ path: `${dir}/dashboard.png`, fullPage: true });
  await partner.close();
}
