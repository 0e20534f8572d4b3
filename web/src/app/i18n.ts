import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import fa from '../i18n/fa.json';
import ar from '../i18n/ar.json';
import { isLocale, isRtl, type Locale } from '../lib/format.ts';

const STORAGE_KEY = 'attune.locale';

/** The language chosen before sign-in (or last used on this browser). */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (isLocale(value)) return value;
  } catch {
    // Storage can be blocked; English is the fallback.
  }
  return 'en';
}

/** Switches the UI language, the document direction and the remembered choice. */
export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this browser; the user's profile still is.
  }
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

export function initI18n(): typeof i18next {
  const locale = storedLocale();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fa: { translation: fa }, ar: { translation: ar } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  applyLocale(locale);
  return i18next;
}
