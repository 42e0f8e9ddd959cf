import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGES, english, intlLocale, translator, type Locale, type MessageKey } from '../../../lib/i18n';
import { formatMessage } from '../../../lib/i18n/message';

/** Plural arguments of a template and the forms each offers: `{n, plural, one {…} other {…}}`. */
function pluralForms(template: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of template.matchAll(/\{(\w+),\s*plural,/g)) {
    const forms = out.get(m[1]!) ?? new Set<string>();
    let depth = 0;
    let i = m.index + m[0].length;
    let selector = '';
    for (; i < template.length; i++) {
      const c = template[i]!;
      if (c === '{') {
        if (depth === 0) forms.add(selector.trim());
        depth++;
      } else if (c === '}') {
        if (depth === 0) break;
        if (--depth === 0) selector = '';
      } else if (depth === 0) selector += c;
    }
    out.set(m[1]!, forms);
  }
  return out;
}

const keys = Object.keys(english) as MessageKey[];
const counted = keys.filter((k) => pluralForms(english[k]).size > 0);

describe('every count goes through Intl.PluralRules', () => {
  it('English marks its counts as plurals (orders, days, points, readings, shops…)', () => {
    expect(counted.length).toBeGreaterThanOrEqual(25);
    expect(counted).toEqual(expect.arrayContaining(['options.data.stats', 'card.chart', 'overlay.warnings', 'warning.orders90-below-threshold', 'basis.newstar-credits']));
  });

  describe.each(LOCALES)('%s', (locale) => {
    const categories = new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories;
    it.each(counted)('%s has every plural form the language needs', (key) => {
      const template = MESSAGES[locale][key];
      for (const arg of pluralForms(english[key]).keys()) {
        const forms = pluralForms(template).get(arg);
        // A language with one form for all numbers (Chinese) may write the plain number.
        if (!forms) {
          expect(categories).toEqual(['other']);
          expect(template).toContain(`{${arg}}`);
          continue;
        }
        for (const category of categories) expect(forms, `${arg}: ${category}`).toContain(category);
      }
    });
  });
});

/** What a seller reads for n in `locale`, with Intl's no-break spaces made plain. */
const say = (locale: Locale, key: MessageKey, params: Record<string, number | string>) => translator(locale)(key, params).replace(/\s/g, ' ');

describe('Polish: 0, 1, 2, 5, 22', () => {
  it.each([
    [0, '0 odczytów z 0 sklepów'],
    [1, '1 odczyt z 1 sklepu'],
    [2, '2 odczyty z 2 sklepów'],
    [5, '5 odczytów z 5 sklepów'],
    [22, '22 odczyty z 22 sklepów'],
  ])('%i readings from as many shops', (n, text) => {
    expect(say('pl', 'options.data.stats', { readings: n, shops: n })).toBe(`W tej przeglądarce zapisano ${text}.`);
  });
  it.each([
    [0, '0 zamówień'],
    [1, '1 zamówienie'],
    [2, '2 zamówienia'],
    [5, '5 zamówień'],
    [22, '22 zamówienia'],
  ])('%i orders in 90 days', (n, text) => {
    expect(say('pl', 'warning.orders90-below-threshold', { value: n, shortBy: 30 - n, threshold: 30 })).toBe(`${text} w 90 dni: brakuje ${30 - n} do 30.`);
  });
  it.each([
    [0, '0 spraw'],
    [1, '1 sprawa'],
    [2, '2 sprawy'],
    [5, '5 spraw'],
    [22, '22 sprawy'],
  ])('the panel: %i things to look at', (n, text) => {
    expect(say('pl', 'overlay.warnings', { count: n })).toBe(`${text} do sprawdzenia`);
  });
  it.each([
    [0, '0 dni'],
    [1, '1 dnia'],
    [2, '2 dni'],
    [5, '5 dni'],
    [22, '22 dni'],
  ])('a chart of %i days', (n, text) => {
    expect(say('pl', 'card.chart', { metric: 'SPS', count: n })).toBe(`SPS: historia z ${text}, próg przerywaną linią`);
  });
});

describe('Ukrainian: 0, 1, 2, 5, 22', () => {
  it.each([
    [0, '0 зчитувань з 0 магазинів'],
    [1, '1 зчитування з 1 магазину'],
    [2, '2 зчитування з 2 магазинів'],
    [5, '5 зчитувань з 5 магазинів'],
    [22, '22 зчитування з 22 магазинів'],
  ])('%i readings from as many shops', (n, text) => {
    expect(say('uk', 'options.data.stats', { readings: n, shops: n })).toBe(`У цьому браузері збережено ${text}.`);
  });
  it.each([
    [0, '0 нових магазинів'],
    [1, '1 новий магазин'],
    [2, '2 нові магазини'],
    [5, '5 нових магазинів'],
    [22, '22 нові магазини'],
  ])('an import adding %i shops', (n, text) => {
    expect(say('uk', 'options.data.preview', { name: 'a.json', date: '1.12.2026', readings: 1, shops: n })).toBe(`«a.json» (експорт від 1.12.2026): 1 нове зчитування і ${text}.`);
  });
  it.each([
    [0, '0 днів'],
    [1, '1 день'],
    [2, '2 дні'],
    [5, '5 днів'],
    [22, '22 дні'],
  ])('a chart of %i days', (n, text) => {
    expect(say('uk', 'card.chart', { metric: 'SPS', count: n })).toBe(`SPS: історія за ${text}, поріг пунктиром`);
  });
  it.each([
    [0, '0 балів'],
    [1, '1 бал'],
    [2, '2 бали'],
    [5, '5 балів'],
    [22, '22 бали'],
  ])('%i points above a milestone', (n, text) => {
    expect(say('uk', 'warning.ahr-near-milestone', { value: 150 + n, diff: n, threshold: 150 })).toBe(`Account Health Rating ${150 + n} лише на ${text} вище порогу 150.`);
  });
});

describe('English, German and Chinese', () => {
  it.each([
    ['en', 1, '1 reading from 1 shop is stored in this browser.'],
    ['en', 2, '2 readings from 2 shops are stored in this browser.'],
    ['en', 1234, '1,234 readings from 1,234 shops are stored in this browser.'],
    ['de', 1, '1 Messwert aus 1 Shop ist in diesem Browser gespeichert.'],
    ['de', 1234, '1.234 Messwerte aus 1.234 Shops sind in diesem Browser gespeichert.'],
    ['zh_CN', 1, '此浏览器中保存了来自 1 个店铺的 1 条读数。'],
  ] as const)('%s: %i', (locale, n, text) => {
    expect(say(locale, 'options.data.stats', { readings: n, shops: n })).toBe(text);
  });
});

describe('formatMessage', () => {
  it('prefers an exact =N form, then the locale category, then other', () => {
    const t = '{n, plural, =0 {nothing} one {# thing} other {# things}}';
    expect(formatMessage(t, { n: 0 }, 'en')).toBe('nothing');
    expect(formatMessage(t, { n: 1 }, 'en')).toBe('1 thing');
    expect(formatMessage(t, { n: 1.5 }, 'en')).toBe('1.5 things');
    expect(formatMessage('{n, plural, one {# a} other {# b}}', { n: 3 }, 'pl')).toBe('3 b'); // "few" missing → other
  });
  it('fills placeholders inside a form and after it', () => {
    expect(formatMessage('{n, plural, one {# shop in {region}} other {# shops in {region}}}; {x}', { n: 2, region: 'GB', x: 'ok' }, 'en')).toBe('2 shops in GB; ok');
  });
  it('leaves a plural without its number visible as written, like an unknown placeholder', () => {
    expect(formatMessage('{n, plural, one {# a} other {# b}}', {}, 'en')).toBe('{n, plural, one {# a} other {# b}}');
    expect(formatMessage('{n, plural, one {# a} other {# b}}', { n: 'many' }, 'en')).toBe('{n, plural, one {# a} other {# b}}');
  });
});
