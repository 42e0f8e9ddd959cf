/**
 * One i18n layer for every UI surface. Strings are plain data per locale; `{name}`
 * placeholders are filled from params. English is the reference: en.ts (popup, overlay,
 * notifications) plus en-options.ts (options page), merged here; every other locale is a
 * `Record<MessageKey, string>` with exactly those keys. Unknown locales fall back to English.
 */
import { de } from './locales/de';
import { en } from './locales/en';
import { enOptions } from './locales/en-options';
import { pl } from './locales/pl';
import { uk } from './locales/uk';
import { zh_CN } from './locales/zh_CN';

/** Every UI string key (popup, overlay, notifications and options page). */
export type MessageKey = keyof typeof en | keyof typeof enOptions;
/** Keys of en.ts, the ones other surfaces look up dynamically (see `hasMessage`). */
export type CoreMessageKey = keyof typeof en;
export type Locale = 'en' | 'zh_CN' | 'de' | 'pl' | 'uk';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The English reference set, all keys. */
export const english: Record<MessageKey, string> = { ...en, ...enOptions };

export const MESSAGES: Readonly<Record<Locale, Record<MessageKey, string>>> = { en: english, zh_CN, de, pl, uk };
export const LOCALES = Object.keys(MESSAGES) as Locale[];

/** Is this a key of en.ts? (Used for keys built from codes, like `warning.${code}`.) */
export function hasMessage(key: string): key is CoreMessageKey {
  return Object.hasOwn(en, key);
}

/** Is this any UI key, options page included? */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}

/** One BCP 47 tag (or a Chrome locale like `zh_CN`) → a UI locale, or null if none fits. */
function localeOf(tag: string): Locale | null {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  const base = parts[0];
  if (base === 'zh') {
    // Simplified Chinese only: 'zh', 'zh-CN', 'zh-SG', 'zh-Hans*'; not 'zh-TW', 'zh-HK', 'zh-Hant*'.
    const rest = parts.slice(1);
    if (rest.length === 0 || rest[0] === 'hans' || rest[0] === 'cn' || rest[0] === 'sg') return 'zh_CN';
    return null;
  }
  if (base === 'en' || base === 'de' || base === 'pl' || base === 'uk') return base;
  return null;
}

/** The first of the user's preferred languages we have, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return 'en';
}

export function translator(locale: Locale): Translate {
  const table = MESSAGES[locale];
  return (key, params) =>
    (table[key] || english[key] || key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
