// The tolerant readers every adapter uses: numbers or numeric strings only, real days only.
import { describe, expect, it } from 'vitest';
import { dayBefore, dayOf, metricValue, numberOf } from '../../../../lib/site/page-data/values';

describe('page-data values', () => {
  it.each<[unknown, number | undefined]>([
    [3.62, 3.62],
    ['3.62', 3.62],
    [' 41 ', 41],
    ['.5', 0.5],
    ['1e3', undefined],
    ['0x10', undefined],
    ['4,5', undefined],
    ['12%', undefined],
    ['', undefined],
    [NaN, undefined],
    [Infinity, undefined],
    [null, undefined],
    [[3], undefined],
  ])('numberOf(%j) = %s', (v, n) => {
    expect(numberOf(v)).toBe(n);
  });

  it('reads "" and null as shown without a value, and an out-of-range or fractional count as nothing', () => {
    expect(metricValue('sps', '')).toBeNull();
    expect(metricValue('sps', null)).toBeNull();
    expect(metricValue('sps', '5.01')).toBeUndefined();
    expect(metricValue('orders', '2.5')).toBeUndefined();
    expect(metricValue('conversionRate', '0.0168')).toBe(0.0168);
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', undefined],
    ['2100-02-29', undefined],
    ['2000-02-29', '2000-02-29'],
    ['2025-04-31', undefined],
    ['2025-13-01', undefined],
    ['0000-01-01', undefined],
    ['2025-6-1', undefined],
  ])('dayOf(%s) = %s', (v, day) => {
    expect(dayOf(v)).toBe(day);
  });

  it.each([
    ['2025-06-05', '2025-06-04'],
    ['2025-06-10', '2025-06-09'],
    ['2025-03-01', '2025-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2025-01-01', '2024-12-31'],
  ])('the day before %s is %s', (day, before) => {
    expect(dayBefore(day)).toBe(before);
  });
});
