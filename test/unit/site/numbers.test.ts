import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, isValidMetricValue } from '../../../lib/metrics';
import { fitMetric } from '../../../lib/site/fit';
import { parseNumber, type NumberContext } from '../../../lib/site/numbers';

const amount = (text: string, ctx: NumberContext = {}) => {
  const p = parseNumber(text, ctx);
  return p?.kind === 'amount' ? { value: p.value, percent: p.percent, currency: p.currency, outOf: p.outOf } : p;
};

describe('parseNumber', () => {
  it.each([
    ['$48,213.09', { region: 'US' }, 48213.09, false, 'USD'],
    ['$1.2K', { region: 'US' }, 1200, false, 'USD'],
    ['$3.4M', { region: 'US' }, 3400000, false, 'USD'],
    ['58,747', {}, 58747, false, null],
    ['5.23%', {}, 5.23, true, null],
    ['4.60', {}, 4.6, false, null],
    ['1.234,56 €', {}, 1234.56, false, 'EUR'],
    ['€1,234.56', { region: 'IE' }, 1234.56, false, 'EUR'],
    ['Rp 12.345.678', { region: 'ID' }, 12345678, false, 'IDR'],
    ['Rp12.345', {}, 12345, false, 'IDR'],
    ['0,3%', {}, 0.3, true, null],
    ['183,13K', {}, 183130, false, null],
    ['1.23万', {}, 12300, false, null],
    ['2亿', {}, 200000000, false, null],
    ['$12.35万', { region: 'US' }, 123500, false, 'USD'],
    ['£48,213.09', { region: 'GB' }, 48213.09, false, 'GBP'],
    ['RM 1,234.50', { region: 'MY' }, 1234.5, false, 'MYR'],
    ['₱2,500', { region: 'PH' }, 2500, false, 'PHP'],
    ['฿1,200.00', { region: 'TH' }, 1200, false, 'THB'],
    ['1.234.567₫', { region: 'VN' }, 1234567, false, 'VND'],
    ['CN¥88.00', {}, 88, false, 'CNY'],
    ['1,234 RMB', {}, 1234, false, 'CNY'],
    ['USD 1,234', {}, 1234, false, 'USD'],
    ['１２，３４５', {}, 12345, false, null],
    ['1\u00a0234,56\u00a0€', { region: 'FR' }, 1234.56, false, 'EUR'],
    ['1,234', { region: 'DE' }, 1.234, false, null],
    ['1.234', { region: 'ID' }, 1234, false, null],
    ['1.234', { region: 'US' }, 1.234, false, null],
  ] as const)('%s', (text, ctx, value, percent, currency) => {
    expect(amount(text, ctx)).toEqual({ value, percent, currency, outOf: null });
  });

  it('is exact, not float-drifted', () => {
    expect(amount('1.005K')).toMatchObject({ value: 1005 });
    expect(amount('0.07%')).toMatchObject({ value: 0.07 });
  });

  it('knows $ and ¥ only where they mean one currency', () => {
    expect(amount('$5', { region: 'GB' })).toMatchObject({ currency: null });
    expect(amount('$5')).toMatchObject({ currency: null });
    expect(amount('$5', { region: 'SG' })).toMatchObject({ currency: 'SGD' });
    expect(amount('¥500')).toMatchObject({ currency: null });
    expect(amount('¥500', { region: 'JP' })).toMatchObject({ currency: 'JPY' });
    expect(amount('￥500元')).toBeNull();
  });

  it('reads "no value" marks and fractions', () => {
    expect(parseNumber('--')).toEqual({ kind: 'none' });
    expect(parseNumber('N/A')).toEqual({ kind: 'none' });
    for (const dash of ['-', '–', '—']) expect(parseNumber(dash), dash).toEqual({ kind: 'none' });
    expect(amount('12/30')).toEqual({ value: 12, percent: false, currency: null, outOf: 30 });
    expect(amount('820 / 1000')).toMatchObject({ value: 820, outOf: 1000 });
  });

  it('reads ranges as ranges', () => {
    const r = parseNumber('30K-100K');
    expect(r?.kind).toBe('range');
    expect(r?.kind === 'range' && [r.low.value, r.high.value]).toEqual([30000, 100000]);
    expect(parseNumber('$30K - $100K', { region: 'US' })?.kind).toBe('range');
    expect(parseNumber('100K-30K')).toBeNull();
  });

  it.each([
    '', ' ', '+3.2%', '-0.8%', '↑12%', '< 4%', '≤ 2%', '12..3', '1,23,456', '1.2.3,4,5', '$', '%', '5%%',
    '$5%', '1.2K%', 'abc', '12 34', '2025-06-03', 'Jun 3, 2025', 'GMV 5', '5 orders', '$5£', '0,123,456', '99+', 'e5', '1e5',
    'Infinity', 'NaN', '0x1F', '1_000', '12/0', '12/3.5',
  ])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('fitMetric', () => {
  const fit = (key: Parameters<typeof fitMetric>[0], text: string, ctx: NumberContext = {}) => {
    const p = parseNumber(text, ctx);
    return p ? fitMetric(key, p)?.value : undefined;
  };
  it('converts percentages to fractions and checks units', () => {
    expect(fit('conversionRate', '5.23%')).toBe(0.0523);
    expect(fit('conversionRate', '0,3%')).toBe(0.003);
    expect(fit('conversionRate', '5.23')).toBeUndefined();
    expect(fit('orders', '5.23%')).toBeUndefined();
    expect(fit('orders', '$5')).toBeUndefined();
    expect(fit('orders', '1.5')).toBeUndefined();
    expect(fit('orders', '1.2K')).toBe(1200);
    expect(fit('gmv', '$1.2K', { region: 'US' })).toBe(1200);
    expect(fit('sps', '4.60')).toBe(4.6);
    expect(fit('sps', '4.60/5')).toBe(4.6);
    expect(fit('sps', '4.60/10')).toBeUndefined();
    expect(fit('sps', '5.20')).toBeUndefined();
    expect(fit('sps', '$4')).toBeUndefined();
    expect(fit('ahr', '820/1000')).toBe(820);
    expect(fit('ahr', '1.2K')).toBeUndefined();
    expect(fit('violationPoints', '49')).toBeUndefined();
    expect(fit('ordersLast90Days', '12/30')).toBe(12);
    expect(fit('conversionRate', '120%')).toBeUndefined();
  });
  it('keeps ranges and "--" as null, never 0', () => {
    expect(fit('gmv', '30K-100K')).toBeNull();
    expect(fit('sps', '--')).toBeNull();
    expect(fit('conversionRate', '30K-100K')).toBeUndefined();
  });
});

describe('number parser fuzz', () => {
  const nearMiss = fc
    .array(fc.constantFrom(...'0123456789.,%$€£¥KM万亿 -+/~RpRM₫đN/A–—'.split('')), { maxLength: 14 })
    .map((a) => a.join(''));
  const ctx = fc.record({
    region: fc.constantFrom(null, 'US', 'GB', 'ID', 'VN', 'DE', 'JP', 'XX'),
    decimal: fc.constantFrom(null, ',' as const, '.' as const),
  });

  it('never throws and never yields a value outside the metric range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), nearMiss), ctx, (text, c) => {
        const p = parseNumber(text, c);
        if (p?.kind === 'amount') expect(Number.isFinite(p.value) && p.value >= 0).toBe(true);
        if (!p) return;
        for (const key of METRIC_KEYS) {
          const f = fitMetric(key, p);
          if (f && f.value !== null) expect(isValidMetricValue(key, f.value)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips formatted numbers in both conventions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const en = `${int.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        const de = `${int.toLocaleString('de-DE')},${String(cents).padStart(2, '0')}`;
        const want = Number(`${int}.${String(cents).padStart(2, '0')}`);
        expect(parseNumber(`$${en}`, { region: 'US' })).toMatchObject({ kind: 'amount', value: want });
        expect(parseNumber(`${de} €`, { region: 'DE' })).toMatchObject({ kind: 'amount', value: want });
      }),
      { numRuns: 500 },
    );
  });
});
