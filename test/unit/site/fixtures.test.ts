import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/site';
import { loadFixtures, parseHtml } from './load';

const fixtures = loadFixtures();

describe('readPage on Seller-Center-shaped fixture pages', () => {
  it('has our fixtures and the blind ones', () => {
    expect(fixtures.filter((f) => !f.name.startsWith('blind')).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.name.startsWith('blind')).length).toBeGreaterThanOrEqual(12);
  });

  for (const f of fixtures) {
    it(f.name, () => {
      const reading = readPage(parseHtml(f.html), f.url);
      expect(reading).toEqual(f.expected);
    });
  }
});
