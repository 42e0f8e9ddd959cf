#!/usr/bin/env node
// The bundle budget (issue 7), for CI after `wxt build`: gzip sizes of the content script
// (with its overlay), the popup and the background; exits 1 when one is over its budget.
// Usage: node scripts/check-bundle.mjs [extension dir, default .output/chrome-mv3]
import { bundleSizes, kb } from './lib/bench-bundle.mjs';

const rows = bundleSizes(process.argv[2] ?? '.output/chrome-mv3');
let over = 0;
console.log('bundle       gzip       budget     files');
for (const r of rows) {
  const fails = r.budget !== null && r.bytes > r.budget;
  if (fails) over++;
  const budget = r.budget === null ? '—' : kb(r.budget);
  console.log(`${r.name.padEnd(12)} ${kb(r.bytes).padEnd(10)} ${budget.padEnd(10)} ${fails ? 'OVER BUDGET ' : ''}${r.note}: ${r.files.join(', ')}`);
}
if (over) {
  console.error(`\n${over} bundle(s) over budget (gzip -9, 1 KB = 1,000 bytes). See BENCHMARKS.md for what weighs what.`);
  process.exit(1);
}
