/**
 * One i18n layer for every UI surface. Strings are plain data per locale; `{name}`
 * placeholders are filled from params. Unknown locales fall back to English.
 */
import { en, type MessageKey } from './locales/en';

export type Locale = 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export type { MessageKey };

const LOCALES: Record<Locale, Record<MessageKey, string>> = { en };

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] as Locale;
    if (base in LOCALES) return base;
  }
  return 'en';
}

export function translator(locale: Locale): Translate {
  const table = LOCALES[locale];
  return (key, params) =>
    (table[key] ?? en[key]).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
