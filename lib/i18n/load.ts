/**
 * The UI strings of one locale, loaded on demand: a surface that starts with this (the
 * popup) ships English only and fetches the one other table it needs, not all five.
 * Same lookup as `translator` in index.ts: the locale's string, else English, else the key.
 */
import type { Language } from '../prefs/schema';
import { intlLocale, pickLocale, translatorOf, type Locale, type MessageKey, type Translate } from './core';

type Table = Record<MessageKey, string>;

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Table>> = {
  de: () => import('./locales/de').then((m) => m.de),
  zh_CN: () => import('./locales/zh_CN').then((m) => m.zh_CN),
  pl: () => import('./locales/pl').then((m) => m.pl),
  uk: () => import('./locales/uk').then((m) => m.uk),
};

export async function loadTranslator(locale: Locale): Promise<Translate> {
  return translatorOf(locale === 'en' ? {} : await LOADERS[locale](), intlLocale(locale));
}

/** `uiLocale` (lib/platform/locale.ts) with the table loaded on demand. */
export async function loadUiLocale(language: Language): Promise<{ locale: Locale; t: Translate; intl: string }> {
  const locale = language === 'auto' ? pickLocale(navigator.languages ?? [navigator.language]) : pickLocale([language]);
  return { locale, t: await loadTranslator(locale), intl: intlLocale(locale) };
}
