import { useTranslation } from 'react-i18next';
import { useAuth } from '../app/auth.tsx';
import { isLocale, LOCALES } from '../lib/format.ts';

/** Each language named in its own script, so anyone can find theirs. */
export const LANGUAGE_NAMES = { en: 'English', fa: 'فارسی', ar: 'العربية' } as const;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setLocale } = useAuth();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('common.language')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          if (isLocale(event.target.value)) void setLocale(event.target.value).catch(() => undefined);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
