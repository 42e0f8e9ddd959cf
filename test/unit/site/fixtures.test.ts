import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { KNOWN_MISSES } from './known-misses';
import { loadFixtures, parseHtml } from './load';

const fixtures = loadFixtures();

describe('readPage on Seller-Center-shaped fixture pages', () => {
  it('has our fixtures and the blind ones', () => {
    expect(fixtures.filter((f) => !f.name.startsWith('blind')).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.name.startsWith('blind')).length).toBeGreaterThanOrEqual(12);
  });

  for (const f of fixtures) {
    // A page the reader is known to miss part of (known-misses.ts, with why): this test
    // fails while it does, and tells us when it no longer does.
    const test = KNOWN_MISSES[f.name] ? it.fails : it;
    test(f.name, () => {
      const reading = readPage(parseHtml(f.html), f.url);
      // shopName and shops were added to the contract after most blind pages were written
      // (optional fields): compared where an expectation gives them.
      if (!('shopName' in f.expected)) delete reading.shopName;
      if (!('shops' in f.expected)) delete reading.shops;
      expect(reading).toEqual(f.expected);
    });
  }
});
