import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { loadFixtures, parseHtml } from './load';

const fixtures = loadFixtures();

describe('readPage on Seller-Center-shaped fixture pages', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  for (const f of fixtures) {
    it(f.name, () => {
      const reading = readPage(parseHtml(f.html), f.url);
      expect(reading).toEqual(f.expected);
    });
  }
});
