// Finds (and, as root on Debian, installs) the Firefox that the Firefox E2E suite drives:
// Debian's firefox-esr, the same way scripts/lib/chrome.mjs gets Chromium.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox executable, or null when none is installed. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Returns a Firefox path, installing Debian's firefox-esr when we may; else explains and exits. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  if (process.env.FIREFOX_PATH) fail(`FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, but no file is there.`);
  if (aptInstall(['firefox-esr'], 'Firefox for the browser tests')) {
    const installed = findFirefox();
    if (installed) return installed;
  }
  fail(
    'No Firefox found for the Firefox browser tests. Install one (Debian: `sudo apt-get install firefox-esr`) ' +
      'or point FIREFOX_PATH at its executable, e.g. FIREFOX_PATH=/path/to/firefox npm test',
  );
}

function fail(message) {
  console.error(`Shop Pulse: ${message}`);
  process.exit(1);
}
