// Launches Firefox with the built Firefox extension installed, driven by puppeteer-core over
// WebDriver BiDi. Shared by the E2E suites that run in Firefox, the way
// extension-browser.mjs is shared by the Chromium ones.
//
// Two Firefox facts shape it:
// - An add-on's pages live at moz-extension://<uuid>/, and the uuid is random per profile.
//   The pref `extensions.webextensions.uuids` fixes it before launch, so tests know the origin.
// - WebDriver BiDi refuses to navigate to moz-extension:// unless Firefox runs with
//   --remote-allow-system-access, and even then the navigation switches process and its load
//   event never reaches puppeteer: `openExtensionPage` waits for the document itself instead.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findFirefox } from './firefox.mjs';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

/**
 * @param {{ extensionDir?: string, headless?: boolean }} [opts]
 */
export async function launchFirefoxWithExtension(opts = {}) {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: run `node scripts/setup.mjs` or set FIREFOX_PATH.');
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${extensionDir}/manifest.json has no gecko id: is it a Firefox build?`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, expected ${addonId}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    addonId,
    origin,
    /** Opens an extension page (e.g. 'popup.html') in a new tab once its document has loaded. */
    openExtensionPage: (path) => openExtensionPage(browser, `${origin}/${path}`),
    close: () => browser.close(),
  };
}

/**
 * A new tab showing `url` (moz-extension://…). Its `page.url()` may still say about:blank:
 * ask the document (`page.evaluate(() => location.href)`) instead.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
export async function openExtensionPage(browser, url, timeoutMs = 15_000) {
  const page = await browser.newPage();
  // The navigation happens; only its completion is lost (see the top of this file).
  page.goto(url, { timeout: timeoutMs }).catch(() => {});
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => [globalThis.location.href, globalThis.document.readyState]).catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return page;
    if (Date.now() > until) throw new Error(`Firefox did not open ${url} (last seen: ${state?.[0] ?? 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Serves documents at a real Seller Center origin in one tab from `resolvePage(url)`, which
 * returns HTML or null (404). Requests to other origins go on as usual; nothing at `origin`
 * reaches the network.
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin e.g. 'https://seller-us.tiktok.com'
 * @param {(url: URL) => string | null} resolvePage
 */
export async function serveSite(page, origin, resolvePage) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.origin !== origin) return void request.continue();
    // BiDi has no resource types: a navigation is a document.
    const html = request.isNavigationRequest() ? resolvePage(url) : null;
    void request.respond(
      html === null
        ? { status: 404, contentType: 'text/plain', body: 'not found' }
        : { status: 200, contentType: 'text/html; charset=utf-8', body: html },
    );
  });
}
