/**
 * The i18n layer without the non-English tables: keys, English, locale choice and
 * translators over a given table. Bundles that must stay small (popup, content script)
 * import this; index.ts adds every locale's table (background, options page).
 */
import { en } from './locales/en';
import { enDashboard } from './locales/dashboard/en';
import { enOptions } from './locales/en-options';
import { formatMessage, type Params } from './message';

/** Every UI string key (popup, overlay, notifications and options page). */
export type MessageKey = keyof typeof en | keyof typeof enOptions | keyof typeof enDashboard;
/** Keys of en.ts, the ones other surfaces look up dynamically (see `hasMessage`). */
export type CoreMessageKey = keyof typeof en;
export type Locale = 'en' | 'zh_CN' | 'de' | 'pl' | 'uk';
export type Translate = ((key: MessageKey, params?: Params) => string) & {
  /** Has this translator a sentence for a key built from a code (e.g. `warning.${code}`)? */
  has(key: string): key is MessageKey;
};

/** The English reference set, all keys. */
// Pure: the content script needs `en` only, not the options page's strings.
export const english: Record<MessageKey, string> = /* @__PURE__ */ (() => ({ ...en, ...enOptions, ...enDashboard }))();


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

/** A UI locale as a BCP 47 tag for Intl ('zh_CN' → 'zh-CN'). */
export function intlLocale(locale: Locale): string {
  return locale.replace('_', '-');
}

/**
 * A translator over one locale's table: its string, else English, else the key. `intl` (BCP 47)
 * chooses plural forms and writes numbers.
 */
export function translatorOf(table: Partial<Record<MessageKey, string>>, intl = 'en'): Translate {
  const t = (key: MessageKey, params?: Params) => formatMessage(table[key] || english[key] || key, params, intl);
  return Object.assign(t, { has: (key: string): key is MessageKey => Object.hasOwn(english, key) });
}


/**
 * A translator over templates already in the UI language (from `coreMessages`, which
 * fills every en.ts key). It carries no table of its own, so the content script ships none.
 */
export function tableTranslator(table: Partial<Record<MessageKey, string>>, intl = 'en'): Translate {
  const t = (key: MessageKey, params?: Params) => formatMessage(table[key] || key, params, intl);
  return Object.assign(t, { has: (key: string): key is MessageKey => Object.hasOwn(table, key) });
}
