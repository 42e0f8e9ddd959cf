// The Chromium that demo, benchmark and E2E tests drive (Debian's `chromium` when missing).
import { ensureBrowser, findBrowser } from './system-browser.mjs';

const CHROMIUM = {
  name: 'Chrome or Chromium',
  envVar: 'CHROME_PATH',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  aptPackage: 'chromium',
  example: '/path/to/chrome',
};

/** The browser executable, or null when none is installed. */
export const findChrome = () => findBrowser(CHROMIUM);

/** Returns a browser path, installing Debian's chromium when we may; else explains and exits. */
export const ensureChrome = () => ensureBrowser(CHROMIUM);
