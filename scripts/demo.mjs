// `npm run demo`: builds Shop Pulse and opens Chromium with it on the bundled demo
// Seller Center. `npm run demo -- --headless --screenshots DIR [--lang zh_CN]` writes the
// README's screenshots and the store listing kit (scripts/lib/store-kit.mjs) instead.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchWithExtension, serveSite } from './lib/extension-browser.mjs';
import { DEMO_ORIGIN, DEMO_PAGES, DEMO_QUERY, demoPage } from './lib/demo-site.mjs';
import { seedDemoHistory } from './lib/demo-history.mjs';
import { ensureCjkFont } from './lib/fonts.mjs';
import { writeStoreKit } from './lib/store-kit.mjs';
import { PARTNER_ORIGIN, PARTNER_PATH, partnerPage } from './lib/demo-partner.mjs';
import { screenshotDashboard } from './lib/demo-dashboard.mjs';

const LANGS = ['en', 'zh_CN', 'de', 'pl', 'uk'];
const { values: args } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshots: { type: 'string' }, lang: { type: 'string' } },
});
const headless = args.headless || Boolean(args.screenshots);
if (args.lang !== undefined && !LANGS.includes(args.lang)) {
  console.error(`Shop Pulse demo: --lang ${args.lang} is not a UI language; use one of ${LANGS.join(', ')}.`);
  process.exit(1);
}
// Chinese shows in every language's screenshots (the Chinese UI, and Chinese source titles).
if (args.screenshots && !ensureCjkFont()) {
  const advice = 'Install a CJK font (Debian: `sudo apt-get install fonts-noto-cjk`) and run again.';
  if (args.lang === 'zh_CN') {
    console.error(`Shop Pulse demo: no Chinese font, so Chinese screenshots would show boxes. ${advice}`);
    process.exit(1);
  }
  console.warn(`Shop Pulse demo: no Chinese font; Chinese text in the screenshots will show as boxes. ${advice}`);
}

execSync('npx wxt build', { stdio: 'inherit' });
const { context, extensionId } = await launchWithExtension({ headless, ...(args.lang ? { locale: args.lang.replace('_', '-') } : {}) });
await serveSite(context, DEMO_ORIGIN, demoPage);
await serveSite(context, PARTNER_ORIGIN, partnerPage); // a Partner Center list of eight shops
// Six weeks of made-up history ending today, so the charts and forecasts have something to show.
await seedDemoHistory(context, extensionId);
const popupUrl = `chrome-extension://${extensionId}/popup.html`;
if (args.lang) await setLanguage(args.lang);

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
  const store = { context, extensionId, extensionDir: EXTENSION_DIR, dir, lang: args.lang ?? 'en' };
  const kit = await writeStoreKit(store);
  await screenshotDashboard(context, extensionId, dir); // after the seller's shots: it adds the partner's shops
  kit.push(...(await writeStoreKit({ ...store, phase: 'partners' })));
  copyFileSync(resolve('docs/store-listing.md'), `${dir}/store-listing.md`);
  console.log(`Screenshots written to ${dir}; store kit: ${[...kit, 'store-listing.md'].join(', ')}`);
  await context.close();
} else {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${DEMO_ORIGIN}/homepage${DEMO_QUERY}`);
  console.log(`Demo Seller Center open. The popup is also at ${popupUrl}. Close the browser to end the demo.`);
  console.log(`A Partner Center list of eight shops: ${PARTNER_ORIGIN}${PARTNER_PATH} (then "All shops" in the popup).`);
  await new Promise((done) => context.on('close', done));
}

/** Shows the extension in `lang`, as choosing it on the options page does. */
async function setLanguage(lang) {
  const page = await context.newPage();
  await page.goto(popupUrl);
  const reply = await page.evaluate((l) => chrome.runtime.sendMessage({ type: 'prefs/set', change: { language: l } }), lang);
  await page.close();
  if (!reply?.ok) throw new Error(`could not switch the demo to ${lang}: ${JSON.stringify(reply)}`);
}
