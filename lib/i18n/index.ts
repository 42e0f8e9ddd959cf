/**
 * One i18n layer for every UI surface. Strings are plain data per locale; `{name}`
 * placeholders are filled from params. English is the reference: en.ts (popup, overlay,
 * notifications) plus en-options.ts (options page), merged here; every other locale is a
 * `Record<MessageKey, string>` with exactly those keys. Unknown locales fall back to English.
 */
import { english, intlLocale, translatorOf, type CoreMessageKey, type Locale, type MessageKey, type Translate } from './core';
import { de } from './locales/de';
import { en } from './locales/en';
import { pl } from './locales/pl';
import { uk } from './locales/uk';
import { zh_CN } from './locales/zh_CN';

export * from './core';

export const MESSAGES: Readonly<Record<Locale, Record<MessageKey, string>>> = { en: english, zh_CN, de, pl, uk };
export const LOCALES = Object.keys(MESSAGES) as Locale[];

export function translator(locale: Locale): Translate {
  return translatorOf(MESSAGES[locale], intlLocale(locale));
}

/** The en.ts keys' templates in `locale`, English where it has none: what the overlay needs. */
export function coreMessages(locale: Locale): Record<CoreMessageKey, string> {
  const table = MESSAGES[locale];
  const out = {} as Record<CoreMessageKey, string>;
  for (const key of Object.keys(en) as CoreMessageKey[]) out[key] = table[key] || en[key];
  return out;
}
