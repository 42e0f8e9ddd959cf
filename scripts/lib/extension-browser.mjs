// Launches Chromium with the built extension loaded. Shared by the demo, the E2E
// tests and the benchmark so all three run the extension the same way.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './chrome.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * @param {{ extensionDir?: string, headless?: boolean, userDataDir?: string, locale?: string }} [opts]
 *   `locale` (BCP 47, e.g. 'zh-CN'): the language pages see (navigator.language, Accept-Language).
 */
export async function launchWithExtension(opts = {}) {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/setup.mjs` or set CHROME_PATH.');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'shop-pulse-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    ...(opts.locale ? { locale: opts.locale } : {}),
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
    ],
  });
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, userDataDir };
}

/** The extension's service worker, waiting for it to start if needed. */
export async function serviceWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

/**
 * Serves pages at a real Seller Center origin from `resolvePage(url)`, which returns
 * HTML or null (404). Nothing reaches the network.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin e.g. 'https://seller-us.tiktok.com'
 * @param {(url: URL) => string | null} resolvePage
 */
export async function serveSite(context, origin, resolvePage) {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const html = route.request().resourceType() === 'document' ? resolvePage(url) : null;
    if (html === null) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Kills every service worker (MV3 restarts it on the next event). */
export async function stopServiceWorkers(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
