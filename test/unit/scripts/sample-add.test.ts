// `npm run sample:add FILE`: a saved page sample becomes a fixture whose expectation
// marks what the seller's page showed but Shop Pulse missed, so the fixture test fails
// until a maintainer fills it in and the reader reads it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, type PageReading } from '../../../lib/site';
import { scrubPage } from '../../../lib/site/sample';
import { parseHtml } from '../site/load';

const URL_ = 'https://seller-us.tiktok.com/health-center/experience-score?shop_region=US&shop_id=7495012345678901234';
const PAGE = `<html><body><div><div>Store performance rating</div><div>3.71</div></div>
<div id="h"><template shadowrootmode="open"><div><div>Negative review rate</div><div>0.84%</div></div></template></div></body></html>`;

const run = (...args: string[]) => execFileSync('node', ['scripts/sample-add.mjs', ...args], { encoding: 'utf8', stdio: 'pipe' });

describe('sample:add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sample-add-test-'));
  const sample = scrubPage(parseHtml(PAGE), URL_);
  const file = join(dir, 'shop-pulse-sample-shop-score-0a1b2c.html');
  writeFileSync(file, sample.html);
  writeFileSync(file.replace(/\.html$/, '.json'), JSON.stringify({ format: 'shop-pulse-page-sample', livePage: { metrics: ['negativeReviewRate'], missing: ['sps'] } }));
  const out = join(dir, 'fixtures');

  it('writes the sample and an expectation to fill in, which fails until it is filled in', () => {
    expect(run(file, '--out', out)).toContain('To fill in: sps');
    const fixture = JSON.parse(readFileSync(join(out, 'sample-shop-score-0a1b2c.json'), 'utf8')) as { url: string; expected: PageReading };
    expect(readFileSync(join(out, 'sample-shop-score-0a1b2c.html'), 'utf8')).toBe(sample.html);
    expect(fixture.url).toBe('https://seller-us.tiktok.com/health-center/experience-score?shop_region=US');
    expect(fixture.expected.metrics.sps).toMatch(/^FILL IN/);
    const read = readPage(parseHtml(sample.html), fixture.url);
    // What the reader reads in the sample (its made-up rate) is there already, read from the sample.
    expect(fixture.expected.metrics.negativeReviewRate).toBe(read.metrics.negativeReviewRate);
    expect(read).not.toEqual(fixture.expected);
  }, 60_000);

  it('refuses what is not a sample, and never overwrites a fixture unless told to', () => {
    expect(() => run(join(dir, '..', 'nope.html'), '--out', out)).toThrow(/does not exist/);
    const notSample = join(dir, 'page.html');
    writeFileSync(notSample, PAGE);
    expect(() => run(notSample, '--out', out)).toThrow(/not a Shop Pulse page sample/);
    expect(() => run(file, '--out', out)).toThrow(/exists/);
  }, 60_000);
});
