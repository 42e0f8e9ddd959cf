import { describe, expect, it } from 'vitest';
import { EMBEDDED, embeddedValues, mayStartEmbedded } from '../../../lib/site/phrases';

describe('texts that carry a value inside them', () => {
  // One sample per EMBEDDED pattern: the cheap prefilter must let each of them through.
  const samples = [
    'Not enough orders yet (12/30)',
    'not enough eligible orders in the last 90 days (7/30)',
    '订单量不足（12/30）',
    '有效订单不足 (3/30)',
    'Pesanan belum cukup (12/30)',
    'Chưa đủ đơn hàng (12/30)',
  ];

  it('reads the orders inside each pattern, and the prefilter never hides one', () => {
    for (const text of samples) {
      expect(embeddedValues(text).length, text).toBeGreaterThan(0);
      expect(mayStartEmbedded(text), text).toBe(true);
      expect(mayStartEmbedded(text.normalize('NFD')), `${text} (decomposed)`).toBe(true);
    }
    expect(EMBEDDED.every(({ re }) => samples.some((s) => re.test(s)))).toBe(true);
  });

  it('turns figures and ordinary text away before any pattern runs', () => {
    for (const text of ['12/30', '$48,213.09', 'Orders', 'Shop Performance Score']) {
      expect(mayStartEmbedded(text), text).toBe(false);
    }
  });
});
