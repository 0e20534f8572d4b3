import type { Language } from '../types.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import type { LanguagePack } from './types.ts';

const PACKS: Record<Language, LanguagePack> = { en, fa, ar };

export function languagePack(language: Language): LanguagePack {
  return PACKS[language];
}

/**
 * Detects en, fa or ar from the text. Latin vs Arabic script decides English; between
 * Persian and Arabic, letters only Persian uses (پ چ ژ گ) and Persian yeh/kaf vote against
 * teh marbuta, alef maksura, Arabic yeh/kaf and the article «ال».
 */
export function detectLanguage(text: string): Language {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const arabicScript = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  if (arabicScript <= latin) return 'en';
  const persian =
    3 * (text.match(/[پچژگ]/g) ?? []).length +
    (text.match(/[یک]/g) ?? []).length +
    2 * (text.match(/(?:^|\s)(?:می|نمی)[\u200C ]?\p{L}/gu) ?? []).length +
    2 * (text.match(/(?:^|\s)(?:را|رو|است|هست|این|اون|خیلی|ممنون)(?=\s|$|[.,،؟])/gu) ?? []).length;
  const arabic =
    3 * (text.match(/[ةى]/g) ?? []).length +
    (text.match(/[يك]/g) ?? []).length +
    2 * (text.match(/(?:^|\s)(?:و|ب|ف|ل)?ال\p{L}/gu) ?? []).length +
    2 * (text.match(/(?:^|\s)(?:في|هل|ما|على|إلى|الى|هذا|هذه|أنا|انا)(?=\s|$|[.,،؟])/gu) ?? []).length;
  return persian >= arabic ? 'fa' : 'ar';
}

export type { LanguagePack } from './types.ts';
