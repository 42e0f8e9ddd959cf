/**
 * E2E helpers over scripts/lib/extension-browser.mjs: a browser with the built
 * extension, pages served at real Seller Center URLs, and the stored history read
 * straight from the extension's IndexedDB.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, serveSite, serviceWorker, stopServiceWorkers } from '../../scripts/lib/extension-browser.mjs';

export { serveSite, serviceWorker, stopServiceWorkers };

export type ExtensionBrowser = { context: BrowserContext; extensionId: string; close: () => Promise<void> };

export async function launch(): Promise<ExtensionBrowser> {
  const { context, extensionId } = await launchWithExtension({ headless: true });
  return { context, extensionId, close: () => context.close() };
}

/** Opens the popup as a tab, 400 px wide like the real one. */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/** An extension page to run IndexedDB queries from (popup, without waiting on it). */
async function extensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/** Every record of one object store of the extension's history database. */
export async function storedRecords<T = Record<string, unknown>>(browser: ExtensionBrowser, store: string): Promise<T[]> {
  const page = await extensionPage(browser);
  try {
    return await page.evaluate(
      (storeName) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open('shop-pulse');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(storeName)) {
              db.close();
              resolve([]);
              return;
            }
            const req = db.transaction(storeName).objectStore(storeName).getAll();
            req.onsuccess = () => {
              db.close();
              resolve(req.result as T[]);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      store,
    );
  } finally {
    await page.close();
  }
}

/** Polls until `check` returns a truthy value or the time runs out. */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  { timeoutMs = 15_000, everyMs = 250 } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Sends a message to the background from an extension page, as the popup or options page does. */
export async function sendFromExtensionPage<T = unknown>(browser: ExtensionBrowser, msg: unknown): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), msg)) as { ok: boolean; data?: T; error?: string };
    if (!reply?.ok) throw new Error(`message failed: ${JSON.stringify(reply)}`);
    return reply.data as T;
  } finally {
    await page.close();
  }
}

/** Notifications are noisy to test at night: switch quiet hours off. */
export async function noQuietHours(browser: ExtensionBrowser): Promise<void> {
  await sendFromExtensionPage(browser, {
    type: 'prefs/set',
    change: { notifications: { enabled: true, codes: {}, quietHours: null, cooldownHours: 24 } },
  });
}
