/** The UI language: the user's choice in options, else the browser's. */
import { intlLocale, pickLocale, translator, type Locale, type Translate } from '../i18n';
import type { Language } from '../prefs/schema';

export function uiLocale(language: Language): { locale: Locale; t: Translate; intl: string } {
  const locale = language === 'auto' ? pickLocale(navigator.languages ?? [navigator.language]) : pickLocale([language]);
  return { locale, t: translator(locale), intl: intlLocale(locale) };
}
