/**
 * The translator of the page-sample page: its own strings (this folder) in the UI
 * language, and every shared string (metric names, manual entry) from the shared tables.
 */
import { translator, type Locale, type MessageKey, type Translate } from '../index';
import { sample_de } from './de';
import { sampleEn, type SampleKey } from './en';
import { sample_pl } from './pl';
import { sample_uk } from './uk';
import { sample_zh_CN } from './zh_CN';

export type { SampleKey } from './en';

export const SAMPLE_MESSAGES: Readonly<Record<Locale, Record<SampleKey, string>>> = {
  en: sampleEn,
  zh_CN: sample_zh_CN,
  de: sample_de,
  pl: sample_pl,
  uk: sample_uk,
};

/** A Translate that also knows the sample page's keys. */
export type SampleTranslate = Translate & ((key: SampleKey, params?: Record<string, string | number>) => string);

const isSampleKey = (key: string): key is SampleKey => Object.hasOwn(sampleEn, key);

export function sampleTranslator(locale: Locale): SampleTranslate {
  const shared = translator(locale);
  const table = SAMPLE_MESSAGES[locale];
  const t = (key: MessageKey | SampleKey, params?: Record<string, string | number>): string => {
    if (!isSampleKey(key)) return shared(key, params);
    const template = table[key] || sampleEn[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  };
  return Object.assign(t, { has: (key: string): key is MessageKey => shared.has(key) }) as SampleTranslate;
}
