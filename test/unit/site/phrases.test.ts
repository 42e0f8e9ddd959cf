import { describe, expect, it } from 'vitest';
import { embeddedValues, isComparisonText, isNoValueText, isStatusText, isUnitWord, scaleOf } from '../../../lib/site/phrases';

describe('"not enough orders" in every language', () => {
  const phrases = [
    'Not enough orders yet (12/30)',
    'not enough eligible orders in the last 90 days (12/30)',
    '订单量不足（12/30）',
    '有效订单不足 (12/30)',
    'Pesanan belum cukup (12/30)',
    'Pesanan tidak mencukupi (12/30)',
    'Chưa đủ đơn hàng (12/30)',
    'คำสั่งซื้อไม่เพียงพอ (12/30)', // ำ: NFKC rewrites it, the patterns must match anyway
    'Pedidos insuficientes (12/30)',
    'Nicht genügend Bestellungen (12/30)',
    'Commandes insuffisantes (12/30)',
    'Ordini insufficienti (12/30)',
    '対象注文数が不足しています（12/30）',
  ];

  it('is a value shown as "none", with the 90-day order count inside it', () => {
    for (const text of phrases) {
      expect(isNoValueText(text), text).toBe(true);
      expect(embeddedValues([text]), text).toEqual([{ key: 'ordersLast90Days', value: 12 }]);
    }
  });

  it('finds the count next to the phrase, in its box', () => {
    expect(embeddedValues(['Not enough orders yet', 'Not enough orders yet (7/30) Keep selling'])).toEqual([{ key: 'ordersLast90Days', value: 7 }]);
  });

  it('takes no count from other texts', () => {
    expect(embeddedValues(['Shop Performance Score', '12/30'])).toEqual([]);
    expect(embeddedValues(['Not enough orders yet', 'Needs 18 more orders'])).toEqual([]);
    expect(isNoValueText('Orders')).toBe(false);
  });
});

describe('words around a value', () => {
  it('knows comparisons, targets and benchmarks in every language', () => {
    for (const text of ['vs. previous 7 days', 'Compared to previous period', 'Target', 'Category average', '较前7天', 'vs 7 hari sebelumnya', 'เทียบกับช่วงก่อนหน้า', 'so với 7 ngày trước', 'em relação ao período anterior', 'ggü. Vorwoche', 'par rapport à la semaine dernière', 'frente a los 7 días anteriores', 'rispetto ai 7 giorni precedenti', '前週比', '— unchanged']) {
      expect(isComparisonText(text), text).toBe(true);
    }
    for (const text of ['GMV', 'Orders', 'Last 30 days', 'Shop Performance Score']) expect(isComparisonText(text), text).toBe(false);
  });

  it('knows status tags and unit words, which never name a figure', () => {
    for (const text of ['Good', 'At risk', 'Bom', 'ดี', 'Tốt', 'Gut', 'À risque', '良好']) expect(isStatusText(text), text).toBe(true);
    for (const text of ['points', 'pts', 'mata', 'คะแนน', '分']) expect(isUnitWord(text), text).toBe(true);
    expect(isStatusText('To ship')).toBe(false);
  });

  it('reads a scale printed after a value', () => {
    expect(scaleOf('/5')).toBe(5);
    expect(scaleOf(' / 1000')).toBe(1000);
    expect(scaleOf('/ 48 points')).toBe(48);
    expect(scaleOf('/ 48 คะแนน')).toBe(48);
    expect(scaleOf('of 5')).toBe(5);
    expect(scaleOf('5')).toBeNull();
    expect(scaleOf('Updated Nov 21')).toBeNull();
  });
});
