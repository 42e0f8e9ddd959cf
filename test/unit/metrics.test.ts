import { describe, expect, it } from 'vitest';
import { MetricsSchema, isValidMetricValue } from '../../lib/metrics';

describe('metric vocabulary', () => {
  it('accepts values in range and null for "shown without a value"', () => {
    expect(MetricsSchema.parse({ sps: 4.6, ordersLast90Days: null, conversionRate: 0.0523 })).toEqual({
      sps: 4.6,
      ordersLast90Days: null,
      conversionRate: 0.0523,
    });
  });
  it('rejects out-of-range values, fractional counts and unknown keys', () => {
    expect(MetricsSchema.safeParse({ sps: 5.2 }).success).toBe(false);
    expect(MetricsSchema.safeParse({ orders: 1.5 }).success).toBe(false);
    expect(MetricsSchema.safeParse({ conversionRate: 5.23 }).success).toBe(false);
    expect(MetricsSchema.safeParse({ bogus: 1 }).success).toBe(false);
    expect(isValidMetricValue('gmv', Number.NaN)).toBe(false);
  });
});
