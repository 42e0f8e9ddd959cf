import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/rules/dates';
import { cleanReadings } from '../../../lib/rules/latest';
import { perWeekToStay, projectOrders90 } from '../../../lib/rules/orders90';
import { daily, r } from './helpers';

const N = (n: number, day = '2026-11-20') => r(day, { ordersLast90Days: n });

describe('90-day order run-out', () => {
  it('30 orders per 90 days need 3 a week (30 × 7 / 90 = 2.33, rounded up)', () => {
    expect(perWeekToStay(30)).toBe(3);
    expect(perWeekToStay(90)).toBe(7); // exactly 7.0 stays 7
  });

  const cases = [
    {
      name: 'count only: no date (the days of the 42 orders are unknown)',
      readings: [N(42)],
      want: { count: 42, asOf: '2026-11-20', noRunOut: 'no-daily-orders', perWeekToStay: 3, shortBy: 0 },
    },
    {
      name: 'daily counts explain all 35: the 10 orders of 08-25 leave on 08-25 + 90 = 11-23, leaving 25 < 30',
      readings: [N(35), ...daily('orders', [['2026-08-25', 10], ['2026-09-10', 5], ['2026-10-01', 10], ['2026-11-15', 10]])],
      want: { count: 35, asOf: '2026-11-20', runOut: '2026-11-23', perWeekToStay: 3, shortBy: 0 },
    },
    {
      name: '40 = 5 + 10 + 25: after 09-10 leaves (12-09) 35 remain, after 10-01 leaves (10-01 + 90 = 12-30) 25',
      readings: [N(40), ...daily('orders', [['2026-09-10', 5], ['2026-10-01', 10], ['2026-11-15', 25]])],
      want: { count: 40, asOf: '2026-11-20', runOut: '2026-12-30', perWeekToStay: 3, shortBy: 0 },
    },
    {
      name: 'daily counts cover only 20 of 40: no date, says how many orders have no known day',
      readings: [N(40), ...daily('orders', [['2026-11-10', 10], ['2026-11-15', 10]])],
      want: { count: 40, asOf: '2026-11-20', noRunOut: 'incomplete-daily-orders', unknownDayOrders: 20, perWeekToStay: 3, shortBy: 0 },
    },
    {
      name: 'days outside the window (before 08-23) do not count',
      readings: [N(30), ...daily('orders', [['2026-08-01', 30]])],
      want: { count: 30, asOf: '2026-11-20', noRunOut: 'no-daily-orders', perWeekToStay: 3, shortBy: 0 },
    },
    {
      name: 'already below: 12 of 30, 18 short',
      readings: [N(12)],
      want: { count: 12, asOf: '2026-11-20', noRunOut: 'below', perWeekToStay: 3, shortBy: 18 },
    },
  ];
  it.each(cases)('$name', ({ readings, want }) => {
    expect(projectOrders90(cleanReadings(readings), 30)).toEqual(want);
  });

  it('no count and no full 90 days of daily orders: nothing', () => {
    expect(projectOrders90(cleanReadings(daily('orders', [['2026-11-20', 50]])), 30)).toBeUndefined();
  });

  it('no count but 90 days of 1 order a day: count 90, the 61st-oldest day leaves 61 days after the last', () => {
    // days d0..d89 with d89 = 11-20; after d0..d60 have left, 29 remain; d60 + 90 = d89 + 61.
    const rows = Array.from({ length: 90 }, (_, i): [string, number] => [addDays('2026-08-23', i), 1]);
    const o = projectOrders90(cleanReadings(daily('orders', rows)), 30);
    expect(o).toMatchObject({ count: 90, asOf: '2026-11-20', runOut: addDays('2026-11-20', 61) });
    expect(o?.runOut).toBe('2027-01-20');
  });
});
