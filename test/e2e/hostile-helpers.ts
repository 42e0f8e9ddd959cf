/**
 * E2E helpers for the hardening tests (issue 8): Chromium with Shop Pulse plus other
 * unpacked extensions (a hostile one written at test time), a recorder of every
 * request the extension's pages and worker make, and a snapshot of everything stored.
 * scripts/lib/extension-browser.mjs stays as it is: this launches the same way, with
 * more than one extension.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';
import { findChrome } from '../../scripts/lib/chrome.mjs';
import { EXTENSION_DIR } from '../../scripts/lib/extension-browser.mjs';
import type { ExtensionBrowser } from './harness';

export type MultiExtensionBrowser = ExtensionBrowser & {
  /** Extension id by manifest name. */
  ids: Record<string, string>;
  workerOf(name: string): Promise<Worker>;
};

/** Shop Pulse (the build) plus `others`, each an unpacked extension directory. */
export async function launchWithExtensions(others: string[]): Promise<MultiExtensionBrowser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/setup.mjs` or set CHROME_PATH.');
  const dirs = [EXTENSION_DIR, ...others].join(',');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shop-pulse-hostile-')), {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
  const ids: Record<string, string> = {};
  const until = Date.now() + 30_000;
  while (Object.keys(ids).length < others.length + 1) {
    for (const w of context.serviceWorkers()) {
      // Shop Pulse's name is localized (_locales); its short name is the brand.
      const name = await w.evaluate(() => {
        const m = chrome.runtime.getManifest();
        return m.short_name ?? m.name;
      }).catch(() => null);
      if (name) ids[name] = new URL(w.url()).host;
    }
    if (Date.now() > until) throw new Error(`extensions did not start: ${JSON.stringify(ids)}`);
    if (Object.keys(ids).length < others.length + 1) await new Promise((r) => setTimeout(r, 200));
  }
  const extensionId = ids['Shop Pulse'];
  if (!extensionId) throw new Error('Shop Pulse did not start');
  const workerOf = async (name: string) => {
    const id = ids[name];
    const found = context.serviceWorkers().find((w) => new URL(w.url()).host === id);
    return found ?? (await context.waitForEvent('serviceworker', { predicate: (w) => new URL(w.url()).host === id, timeout: 30_000 }));
  };
  return { context, extensionId, ids, workerOf, close: () => context.close() };
}

/**
 * A tiny unpacked MV3 extension in a temp dir: no permissions, an empty worker. The
 * tests drive it through its worker (`worker.evaluate`), like a hostile extension would.
 */
export function writeTestExtension(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shop-pulse-other-ext-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1.0.0', background: { service_worker: 'background.js' } }));
  writeFileSync(join(dir, 'background.js'), 'self.addEventListener("install", () => self.skipWaiting());\n');
  return dir;
}

export type SeenRequest = { url: string; from: string; type: string };

/**
 * Records every request made in the context, and classifies the ones that are the
 * extension's: from its worker, from its pages, or from one of its content scripts
 * (a request from a Seller Center tab that is not the test's own navigation).
 * `allowedPageUrl` says which page requests the test itself caused (the routed demo pages).
 */
export function recordRequests(context: BrowserContext, extensionId: string, allowedPageUrl: (url: string, req: Request) => boolean) {
  const own = `chrome-extension://${extensionId}/`;
  const all: SeenRequest[] = [];
  const onRequest = (req: Request) => {
    let from: string;
    if (req.serviceWorker()) from = `worker:${req.serviceWorker()!.url()}`;
    else {
      let frameUrl = '';
      try {
        frameUrl = req.frame().url();
      } catch {
        frameUrl = '(no frame)';
      }
      from = `frame:${frameUrl}`;
    }
    all.push({ url: req.url(), from, type: req.resourceType() });
  };
  context.on('request', onRequest);
  // Web-accessible files (the panel's stylesheet) are fetched at a per-session random
  // extension origin (`use_dynamic_url`): still our package, read from disk.
  const DYNAMIC = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/content-scripts\/[\w.-]+\.css$/;
  const isOwnPackage = (r: SeenRequest) => r.url.startsWith(own) || DYNAMIC.test(r.url);
  return {
    all,
    /** Requests that would leave the browser (or reach another origin), made by the extension. */
    extensionNetwork(): SeenRequest[] {
      return all.filter((r) => {
        if (isOwnPackage(r)) return false; // files of the installed package, read from disk
        if (r.from.startsWith(`worker:${own}`) || r.from.startsWith(`frame:${own}`)) return true;
        // A request from a Seller Center tab is the page's only if the test caused it.
        return r.from.startsWith('frame:') && !allowedPageUrl(r.url, { resourceType: () => r.type } as Request);
      });
    },
    /** Reads of the installed package (scripts, styles, the panel's stylesheet): local, never network. */
    packageReads: () => all.filter(isOwnPackage),
    reset: () => void all.splice(0),
    stop: () => context.off('request', onRequest),
  };
}

/** Shop Pulse's service worker, started if it was stopped. */
export async function ownWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const found = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
  if (found) return found;
  // An idle worker was stopped: any extension page wakes it on its first message.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const w = await context.waitForEvent('serviceworker', { predicate: (x) => new URL(x.url()).host === extensionId, timeout: 30_000 });
  await page.close();
  return w;
}

/**
 * Everything Shop Pulse keeps: the IndexedDB stores and chrome.storage.local, read in
 * its worker without opening any page (a page would send messages of its own). A
 * database that does not exist yet is not created (that would skip its upgrade).
 */
export async function storedState(context: BrowserContext, extensionId: string): Promise<Record<string, unknown>> {
  const worker = await ownWorker(context, extensionId);
  return worker.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'shop-pulse')) return { local, db: null };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('shop-pulse');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return { local, db: stores };
  });
}
