import type { Language } from '../scoring/types.ts';

const NAMES: Record<string, Language> = {
  en: 'en', eng: 'en', english: 'en',
  fa: 'fa', fas: 'fa', per: 'fa', persian: 'fa', farsi: 'fa',
  ar: 'ar', ara: 'ar', arabic: 'ar',
};

/** "fa-IR", "en_us", "persian", "Arabic" → en|fa|ar; undefined for anything else. */
export function mapLanguageTag(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return NAMES[base];
}
