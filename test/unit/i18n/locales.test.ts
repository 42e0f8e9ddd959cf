import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES, english, hasMessage, isMessageKey, pickLocale, translator, type Locale } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/locales/en';
import { enDashboard } from '../../../lib/i18n/locales/dashboard/en';
import { enOptions } from '../../../lib/i18n/locales/en-options';

/** The parameter names a template uses: plain `{name}` and plural `{name, plural, …}`, each once. */
/** (A plural's forms, `one {is}`, are text, not placeholders.) */
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
const keys = Object.keys(english).sort();

describe('locales', () => {
  it('registers the five UI languages', () => {
    expect(LOCALES).toEqual(['en', 'zh_CN', 'de', 'pl', 'uk']);
  });

  it('English is en.ts plus the options and dashboard strings, with no key in two', () => {
    expect(Object.keys(en).filter((k) => Object.hasOwn(enOptions, k) || Object.hasOwn(enDashboard, k))).toEqual([]);
    expect(Object.keys(enOptions).filter((k) => Object.hasOwn(enDashboard, k))).toEqual([]);
    expect(keys).toHaveLength(Object.keys(en).length + Object.keys(enOptions).length + Object.keys(enDashboard).length);
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const table = MESSAGES[locale] as Record<string, string>;

    it("has exactly English's keys", () => {
      expect(Object.keys(table).sort()).toEqual(keys);
    });

    it('translates every key to non-empty text', () => {
      const empty = Object.entries(table).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty).toEqual([]);
    });

    it("keeps English's {placeholders}", () => {
      const wrong = keys.filter((k) => JSON.stringify(placeholders(table[k] ?? '')) !== JSON.stringify(placeholders(english[k as keyof typeof english])));
      expect(wrong).toEqual([]);
    });

    it('is actually translated (most UI text differs from English)', () => {
      const same = keys.filter((k) => table[k] === english[k as keyof typeof english]);
      expect(same.length / keys.length).toBeLessThan(0.15);
    });
  });
});

describe('pickLocale', () => {
  it.each<[string[], Locale]>([
    [['zh'], 'zh_CN'],
    [['zh-CN'], 'zh_CN'],
    [['zh_CN'], 'zh_CN'],
    [['zh-Hans'], 'zh_CN'],
    [['zh-Hans-CN'], 'zh_CN'],
    [['zh-SG'], 'zh_CN'],
    [['zh-TW'], 'en'],
    [['zh-Hant-HK', 'de'], 'de'],
    [['de'], 'de'],
    [['de-AT'], 'de'],
    [['pl-PL'], 'pl'],
    [['uk'], 'uk'],
    [['uk-UA'], 'uk'],
    [['en-GB', 'de'], 'en'],
    [['fr-FR', 'pl'], 'pl'],
    [['fr', 'ja'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('de')('options.data.stats', { readings: 3, shops: 1 })).toBe('3 Messwerte aus 1 Shop sind in diesem Browser gespeichert.');
    expect(translator('en')('shop.unnamed')).toBe('Shop {id}');
  });

  it('tells keys of en.ts apart from options keys', () => {
    expect(hasMessage('warning.sps-no-score')).toBe(true);
    expect(hasMessage('options.title')).toBe(false);
    expect(isMessageKey('options.title')).toBe(true);
    expect(isMessageKey('nope')).toBe(false);
  });
});
