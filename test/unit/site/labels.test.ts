import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../../lib/metrics';
import { LABELS, matchLabel, mayStartLabel, normalizeLabel } from '../../../lib/site/labels';

describe('label dictionary', () => {
  it('has English and Simplified Chinese labels for every metric', () => {
    for (const key of METRIC_KEYS) {
      expect(LABELS[key].en?.length, key).toBeGreaterThan(0);
      expect(LABELS[key]['zh-CN']?.length, key).toBeGreaterThan(0);
    }
  });

  it('never gives one label to two metrics', () => {
    const owner = new Map<string, string>();
    for (const key of METRIC_KEYS) {
      for (const list of Object.values(LABELS[key])) {
        for (const text of list ?? []) {
          const { label } = normalizeLabel(text);
          expect(owner.get(label) ?? key, `${text}: ${owner.get(label)} vs ${key}`).toBe(key);
          owner.set(label, key);
        }
      }
    }
  });

  it('matches whole labels with decorations, not substrings', () => {
    expect(matchLabel('GMV')?.key).toBe('gmv');
    expect(matchLabel(' gmv ⓘ ')?.key).toBe('gmv');
    expect(matchLabel('Orders:')?.key).toBe('orders');
    expect(matchLabel('LIVE GMV')?.key).toBe('gmvLive');
    expect(matchLabel('GMV (USD)')).toEqual({ key: 'gmv', unit: 'usd' });
    expect(matchLabel('成交金额(元)')).toEqual({ key: 'gmv', unit: '元' });
    expect(matchLabel('Late dispatch rate (LDR)')?.key).toBe('lateDispatchRate');
    expect(matchLabel('Orders to ship')).toBeNull();
    expect(matchLabel('GMV trend')).toBeNull();
    expect(matchLabel('Tỷ lệ chuyển đổi')?.key).toBe('conversionRate');
    expect(matchLabel('คะแนนการละเมิด')?.key).toBe('violationPoints');
  });
});

describe('mayStartLabel (the cheap test before matchLabel)', () => {
  const all = METRIC_KEYS.flatMap((key) => Object.values(LABELS[key]).flatMap((list) => list ?? []));

  it('lets every label through, in every locale and with its decorations', () => {
    for (const text of all) {
      for (const shown of [text, text.toUpperCase(), `ⓘ ${text}`, `${text}:`, `${text} (USD)`, text.normalize('NFD')]) {
        expect(mayStartLabel(shown), shown).toBe(true);
        expect(matchLabel(shown) === null || mayStartLabel(shown), shown).toBe(true);
      }
    }
    // Full-width letters become ASCII under NFKC.
    expect(mayStartLabel('ＧＭＶ')).toBe(true);
    // An element's text may start with a one-letter token: too short to rule out.
    expect(mayStartLabel('G')).toBe(true);
  });

  it('turns away figures, prices, SKUs and product names', () => {
    for (const text of ['$48,213.09', '1,204', '3.43%', '+4.2%', '--', 'SKU-10012', 'Outdoor item 12', 'vs previous 7 days', 'Jun 3, 2025']) {
      expect(mayStartLabel(text), text).toBe(false);
    }
  });
});
