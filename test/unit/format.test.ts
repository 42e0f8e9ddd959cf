import { describe, expect, it } from 'vitest';
import { formatDate, formatMetric, formatMoney, formatSigned } from '../../lib/format';

describe('formatting (formatters are shared per locale and options)', () => {
  it('never hands one locale, currency or unit the formatter of another', () => {
    // Each twice, interleaved, so a formatter built for one call is reused by the next alike.
    for (let i = 0; i < 2; i++) {
      expect(formatMetric('gmv', 1234.5, { locale: 'en-US', currency: 'USD' })).toBe('$1,235');
      expect(formatMetric('gmv', 1234.5, { locale: 'en-US', currency: 'EUR' })).toBe('€1,235');
      expect(formatMetric('gmv', 12.5, { locale: 'en-US', currency: 'USD' })).toBe('$12.50');
      expect(formatMetric('gmv', 250_000, { locale: 'en-US', currency: 'USD' })).toBe('$250K');
      expect(formatMetric('gmv', 1234.5, { locale: 'de-DE', currency: 'EUR' })).toBe('1.235\u00a0€');
      expect(formatMetric('sps', 3.5, { locale: 'en-US', currency: null })).toBe('3.50');
      expect(formatMetric('sps', 3.5, { locale: 'de-DE', currency: null })).toBe('3,50');
      expect(formatMetric('conversionRate', 0.125, { locale: 'en-US', currency: null })).toBe('12.5%');
      expect(formatSigned('conversionRate', -0.125, 'en-US', null)).toBe('12.5 pp');
      expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,235');
      expect(formatDate('2026-11-23', 'en-US')).toBe('Nov 23, 2026');
      expect(formatDate('2026-11-23', 'de-DE')).toBe('23.11.2026');
    }
  });
});
