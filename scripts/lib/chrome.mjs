// Finds (and, as root on Debian, installs) the Chromium that demo and E2E tests drive.
// Browsers cannot be downloaded by test tools here, so we use the system's.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser executable, or null when none is installed. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Returns a browser path, installing Debian's chromium when we may; else explains and exits. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  if (aptInstall(['chromium'], 'Chromium for the browser tests')) {
    const installed = findChrome();
    if (installed) return installed;
  }
  fail(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROME_PATH at its executable, e.g. CHROME_PATH=/path/to/chrome npm test',
  );
}

function fail(message) {
  console.error(`Shop Pulse: ${message}`);
  process.exit(1);
}
