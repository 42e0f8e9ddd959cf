import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n';
import { SAMPLE_MESSAGES, sampleTranslator } from '../../../lib/i18n/sample';
import { sampleEn } from '../../../lib/i18n/sample/en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(sampleEn).sort();

describe('the page-sample page strings', () => {
  it('exist in every UI language', () => expect(Object.keys(SAMPLE_MESSAGES).sort()).toEqual([...LOCALES].sort()));

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const table = SAMPLE_MESSAGES[locale] as Record<string, string>;
    it("has exactly English's keys, each translated, with English's {placeholders}", () => {
      expect(Object.keys(table).sort()).toEqual(keys);
      expect(Object.entries(table).filter(([, v]) => v.trim() === '')).toEqual([]);
      expect(keys.filter((k) => JSON.stringify(placeholders(table[k]!)) !== JSON.stringify(placeholders(sampleEn[k as keyof typeof sampleEn])))).toEqual([]);
      expect(keys.filter((k) => table[k] === sampleEn[k as keyof typeof sampleEn]).length / keys.length).toBeLessThan(0.15);
    });
  });

  it('translates its own keys and the shared ones, filling placeholders', () => {
    const t = sampleTranslator('de');
    expect(t('sample.removed.emails', { count: 2 })).toBe('E-Mail-Adressen: 2');
    expect(t('metric.sps')).toBe('Shop Performance Score');
    expect(t('missed.sample')).toBe('Seitenprobe speichern');
    expect(t.has('metric.sps')).toBe(true);
  });
});
