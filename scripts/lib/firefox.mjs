// The Firefox that the Firefox E2E suite drives (Debian's `firefox-esr` when missing).
import { ensureBrowser, findBrowser } from './system-browser.mjs';

const FIREFOX = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  aptPackage: 'firefox-esr',
  example: '/path/to/firefox',
};

/** The Firefox executable, or null when none is installed. */
export const findFirefox = () => findBrowser(FIREFOX);

/** Returns a Firefox path, installing Debian's firefox-esr when we may; else explains and exits. */
export const ensureFirefox = () => ensureBrowser(FIREFOX);
