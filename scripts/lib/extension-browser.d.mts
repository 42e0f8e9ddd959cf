import type { BrowserContext, Page, Worker } from 'playwright-core';
export declare const EXTENSION_DIR: string;
export declare function launchWithExtension(opts?: {
  extensionDir?: string;
  headless?: boolean;
  userDataDir?: string;
  locale?: string;
}): Promise<{ context: BrowserContext; extensionId: string; userDataDir: string }>;
export declare function serviceWorker(context: BrowserContext): Promise<Worker>;
export declare function serveSite(context: BrowserContext, origin: string, resolvePage: (url: URL) => string | null): Promise<void>;
export declare function stopServiceWorkers(page: Page): Promise<void>;
