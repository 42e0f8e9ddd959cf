// Finds a browser the scripts drive, and installs Debian's package for it when we may.
// Browsers cannot be downloaded by test tools here, so we use the system's.
import { existsSync } from 'node:fs';
import { aptInstall } from './apt.mjs';

/**
 * @typedef {{ name: string, envVar: string, candidates: string[], aptPackage: string, example: string }} SystemBrowser
 *   e.g. { name: 'Chromium', envVar: 'CHROME_PATH', candidates: ['/usr/bin/chromium'], aptPackage: 'chromium', example: '/path/to/chrome' }
 */

/** The executable: `$envVar` when set (null when no file is there), else the first candidate present. */
export function findBrowser(b) {
  const fromEnv = process.env[b.envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return b.candidates.find((p) => existsSync(p)) ?? null;
}

/** Returns the executable, installing the Debian package when we may; else explains and exits. */
export function ensureBrowser(b) {
  const found = findBrowser(b);
  if (found) return found;
  if (process.env[b.envVar]) fail(`${b.envVar} is set to ${process.env[b.envVar]}, but no file is there.`);
  if (aptInstall([b.aptPackage], `${b.name} for the browser tests`)) {
    const installed = findBrowser(b);
    if (installed) return installed;
  }
  fail(
    `No ${b.name} found for the browser tests. Install one (Debian/Ubuntu: \`sudo apt-get install ${b.aptPackage}\`) ` +
      `or point ${b.envVar} at its executable, e.g. ${b.envVar}=${b.example} npm test`,
  );
}

function fail(message) {
  console.error(`Shop Pulse: ${message}`);
  process.exit(1);
}
