// Hostile page text through the number parser and the unit fit: never a throw, never a
// value outside its metric's range, whatever the text or the page's locale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, isValidMetricValue } from '../../../lib/metrics';
import { fitMetric } from '../../../lib/site/fit';
import { parseNumber } from '../../../lib/site/numbers';
import { BASE_RUNS, BASE_TOTAL, caseCounter, runs, timeFor } from './fuzz';

const piece = fc.constantFrom(
  ...['0', '1', '9', '00', '999', '.', ',', "'", ' ', '\u00a0', '\u202f', '%', '％', '$', '€', '£', '¥', '￥', 'Rp', 'RM', '₫', '฿', '₱', 'USD', 'K', 'M', 'B', 'bn', '万', '亿', 'jt', 'rb', 'ล้าน'],
  ...['-', '–', '—', '~', 'to', '/', '+', 'e', 'E', '∞', 'NaN', 'Infinity', '--', 'N/A', '١', '٣', '０', '５', '\u200b', '\ufeff', '\ue000', '\n', '\t'],
);
const assembled = fc.array(piece, { maxLength: 16 }).map((a) => a.join(''));
const huge = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('', '%', 'K', '/5', '/1000', '.5', ',000')).map(([n, tail]) => `${'9'.repeat(n)}${tail}`);
const grouped = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 6 }), fc.constantFrom(',', '.', ' ', '\u00a0'), fc.constantFrom('', '.5', ',25', '%', 'K', '万'))
  .map(([head, groups, sep, tail]) => [String(head), ...groups.map((g) => String(g).padStart(3, '0'))].join(sep) + tail);
const text = fc.oneof(
  { weight: 3, arbitrary: assembled },
  { weight: 2, arbitrary: grouped },
  { weight: 1, arbitrary: huge },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
const ctx = fc.record({
  region: fc.constantFrom(null, undefined, 'US', 'GB', 'ID', 'VN', 'DE', 'FR', 'JP', 'TH', 'BR', 'XX', ''),
  decimal: fc.constantFrom(null, undefined, ',' as const, '.' as const),
});

describe('hardening: number parser', () => {
  const counter = caseCounter('numbers');
  it('the CI-sized budgets add up to at least 10,000 cases', () => {
    expect(BASE_TOTAL).toBeGreaterThanOrEqual(10_000);
    expect(Object.keys(BASE_RUNS)).toHaveLength(6);
  });

  const n = runs('numbers');
  it(`never throws and never fits a value outside its metric's range (${n} cases)`, { timeout: timeFor(n, 2) }, () => {
    fc.assert(
      fc.property(text, ctx, (t, c) => {
        counter.tried++;
        const p = parseNumber(t, c);
        if (!p) return;
        if (p.kind === 'amount') expect(Number.isFinite(p.value) && p.value >= 0, t).toBe(true);
        if (p.kind === 'range') expect(Number.isFinite(p.low.value) && Number.isFinite(p.high.value), t).toBe(true);
        for (const key of METRIC_KEYS) {
          const f = fitMetric(key, p);
          if (f && f.value !== null) expect(isValidMetricValue(key, f.value), `${key} ← ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: n },
    );
  });
});
