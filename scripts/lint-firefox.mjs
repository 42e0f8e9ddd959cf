// Builds the Firefox MV3 package and runs Mozilla's addons-linter on it (the check
// addons.mozilla.org runs on upload). Fails on any error; warnings are listed.
//   node scripts/lint-firefox.mjs            build, then lint .output/firefox-mv3
//   node scripts/lint-firefox.mjs --no-build lint what is already built
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import addonsLinter from 'addons-linter';

const DIR = resolve('.output/firefox-mv3');

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' });
}
if (!existsSync(`${DIR}/manifest.json`)) {
  console.error(`No Firefox build in ${DIR}.`);
  process.exit(1);
}

const linter = addonsLinter.createInstance({
  config: {
    _: [DIR],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
  },
  runAsBinary: false,
});

const result = await linter.run();
const line = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;
console.log(`addons-linter ${DIR}: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
for (const m of result.errors) console.log(`error${line(m)}`);
for (const m of result.warnings) console.log(`warning${line(m)}`);
process.exit(result.errors.length === 0 ? 0 : 1);
