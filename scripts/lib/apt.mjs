// Installs Debian packages the project's scripts need (a browser, fonts), when we may:
// as root on a machine with apt-get. Browsers and fonts cannot be downloaded by test
// tools here, so the system's packages are the way in.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Can this process install Debian packages? */
export function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

/**
 * `apt-get install` of `packages`, saying why first. Returns false when we may not install;
 * throws when apt-get itself fails.
 * @param {string[]} packages
 * @param {string} why e.g. 'Firefox for the browser tests'
 */
export function aptInstall(packages, why) {
  if (!canApt()) return false;
  console.log(`Shop Pulse: installing Debian ${packages.join(', ')} (${why}, once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}
