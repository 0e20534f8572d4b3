/**
 * Normalisation shared by Persian and Arabic: the same word arrives with Arabic or Persian
 * yeh/kaf, Arabic-Indic, Persian or ASCII digits, with or without diacritics, tatweel and
 * ZWNJ. Matching works on one canonical spelling.
 */

const DIGITS: Record<string, string> = {};
'۰۱۲۳۴۵۶۷۸۹'.split('').forEach((d, i) => (DIGITS[d] = String(i)));
'٠١٢٣٤٥٦٧٨٩'.split('').forEach((d, i) => (DIGITS[d] = String(i)));

const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g; // harakat, superscript alef, Quranic marks, tatweel

function normalizeDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (d) => DIGITS[d]);
}

function stripDiacritics(text: string): string {
  return text.replace(DIACRITICS, '');
}

export function normalizeArabicScript(text: string, target: 'fa' | 'ar'): string {
  let s = stripDiacritics(normalizeDigits(text.normalize('NFC'))).toLowerCase();
  s = s.replace(/[أإآٱ]/g, 'ا').replace(/ؤ/g, 'و').replace(/[ۀة]/g, 'ه').replace(/\u200F|\u200E/g, '');
  if (target === 'fa') {
    s = s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/ئ/g, 'ی');
  } else {
    s = s.replace(/[یى]/g, 'ي').replace(/ک/g, 'ك').replace(/ئ/g, 'ي').replace(/ڤ/g, 'ف').replace(/گ/g, 'ك');
  }
  return s;
}
