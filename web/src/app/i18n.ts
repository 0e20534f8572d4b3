import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import fa from '../i18n/fa.json';
import ar from '../i18n/ar.json';
import { isLocale, isRtl, type Locale } from '../lib/format.ts';

const STORAGE_KEY = 'attune.locale';
/** Set when the language was picked while signed out; the next sign-in saves it to the profile. */
const SIGNED_OUT_CHOICE_KEY = 'attune.locale.signedOutChoice';

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
export function applyLocale(locale: Locale, { chosenSignedOut = false } = {}): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, locale);
    if (chosenSignedOut) localStorage.setItem(SIGNED_OUT_CHOICE_KEY, locale);
  } catch {
    // Not remembered on this browser; the user's profile still is.
  }
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

/** The language picked while signed out, once: reading it forgets it. */
export function takeSignedOutChoice(): Locale | null {
  try {
    const value = localStorage.getItem(SIGNED_OUT_CHOICE_KEY);
    localStorage.removeItem(SIGNED_OUT_CHOICE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
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
