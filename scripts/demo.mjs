// `npm run demo`: builds Shop Pulse and opens Chromium with it on the bundled demo
// Seller Center. `npm run demo -- --headless --screenshots DIR` writes PNGs instead.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, serveSite } from './lib/extension-browser.mjs';
import { DEMO_ORIGIN, DEMO_PAGES, DEMO_QUERY, demoPage } from './lib/demo-site.mjs';
import { seedDemoHistory } from './lib/demo-history.mjs';
import { PARTNER_ORIGIN, PARTNER_PATH, partnerPage } from './lib/demo-partner.mjs';
import { screenshotDashboard } from './lib/demo-dashboard.mjs';

const { values: args } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshots: { type: 'string' } },
});
const headless = args.headless || Boolean(args.screenshots);

execSync('npx wxt build', { stdio: 'inherit' });
const { context, extensionId } = await launchWithExtension({ headless });
await serveSite(context, DEMO_ORIGIN, demoPage);
await serveSite(context, PARTNER_ORIGIN, partnerPage); // a Partner Center list of eight shops
// Six weeks of made-up history, so the charts and forecasts have something to show.
await seedDemoHistory(context, extensionId);
const popupUrl = `chrome-extension://${extensionId}/popup.html`;

if (args.screenshots) {
  const dir = resolve(args.screenshots);
  mkdirSync(dir, { recursive: true });
  const page = await context.newPage();
  for (const path of Object.keys(DEMO_PAGES)) {
    await page.goto(`${DEMO_ORIGIN}${path}${DEMO_QUERY}`);
    await page.waitForTimeout(2500); // the reader settles, the overlay draws
    const name = path.replaceAll('/', '-').replace(/^-/, '');
    await page.screenshot({ path: `${dir}/page-${name}.png` });
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl);
  await popup.waitForSelector('main, .empty', { timeout: 10_000 });
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: `${dir}/popup.png`, fullPage: true });
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('main', { timeout: 10_000 });
  await options.waitForTimeout(500);
  await options.screenshot({ path: `${dir}/options.png`, fullPage: true });
  await screenshotDashboard(context, extensionId, dir); // after the popup's: it adds the partner's shops
  console.log(`Screenshots written to ${dir}`);
  await context.close();
} else {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${DEMO_ORIGIN}/homepage${DEMO_QUERY}`);
  console.log(`Demo Seller Center open. The popup is also at ${popupUrl}. Close the browser to end the demo.`);
  console.log(`A Partner Center list of eight shops: ${PARTNER_ORIGIN}${PARTNER_PATH} (then "All shops" in the popup).`);
  await new Promise((done) => context.on('close', done));
}
