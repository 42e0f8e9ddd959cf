import type { Browser, Page } from 'puppeteer-core';
export declare const FIREFOX_EXTENSION_DIR: string;
export type FirefoxWithExtension = {
  browser: Browser;
  addonId: string;
  /** moz-extension://<uuid> of the installed add-on. */
  origin: string;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
};
export declare function launchFirefoxWithExtension(opts?: { extensionDir?: string; headless?: boolean }): Promise<FirefoxWithExtension>;
export declare function openExtensionPage(browser: Browser, url: string, timeoutMs?: number): Promise<Page>;
export declare function serveSite(page: Page, origin: string, resolvePage: (url: URL) => string | null): Promise<void>;
