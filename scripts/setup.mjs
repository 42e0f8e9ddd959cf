// One set-up step for `npm run demo` and `npm test` on a fresh machine:
// npm dependencies (when package-lock.json changed since the last install), a Chromium
// and a Firefox for the browser tests. Uses only Node's own modules: it runs before them.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureChrome } from './lib/chrome.mjs';
import { ensureFirefox } from './lib/firefox.mjs';

const STAMP = 'node_modules/.shop-pulse-installed';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== lockHash) {
  console.log('Shop Pulse: installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(STAMP, lockHash);
}
// WXT's generated types (.wxt/) back tsconfig.json; npm may skip our postinstall.
if (!existsSync('.wxt/tsconfig.json')) execSync('npx wxt prepare', { stdio: 'inherit' });
ensureChrome();
ensureFirefox();
