/**
 * Normalisation shared by Persian and Arabic: the same word arrives with Arabic or Persian
 * yeh/kaf, Arabic-Indic, Persian or ASCII digits, with or without diacritics, tatweel and
 * ZWNJ. Matching works on one canonical spelling.
 *
 * Every mapping is one character to at most one character, so it runs as a single pass over
 * a lookup table (this runs on every turn; a chain of replaces cost several times more).
 */

type Target = 'fa' | 'ar';

const SHARED: Record<string, string> = {
  // Alef with hamza or madda, alef wasla → bare alef; hamza on waw → waw; heh variants → heh.
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ۀ': 'ه', 'ة': 'ه',
  '\u200F': '', '\u200E': '', '\u200C': '', // direction marks, ZWNJ
};
'۰۱۲۳۴۵۶۷۸۹'.split('').forEach((d, i) => (SHARED[d] = String(i)));
'٠١٢٣٤٥٦٧٨٩'.split('').forEach((d, i) => (SHARED[d] = String(i)));
// Harakat, superscript alef, Quranic marks, tatweel.
for (const [from, to] of [[0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed], [0x0640, 0x0640]]) {
  for (let c = from; c <= to; c++) SHARED[String.fromCharCode(c)] = '';
}

const BY_TARGET: Record<Target, Record<string, string>> = {
  fa: { ...SHARED, 'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک' },
  ar: { ...SHARED, 'ی': 'ي', 'ى': 'ي', 'ئ': 'ي', 'ک': 'ك', 'ڤ': 'ف', 'گ': 'ك' },
};

const PATTERN: Record<Target, RegExp> = {
  fa: charClass(BY_TARGET.fa),
  ar: charClass(BY_TARGET.ar),
};

function charClass(map: Record<string, string>): RegExp {
  const chars = Object.keys(map).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new RegExp(`[${chars.join('')}]`, 'g');
}

/** Combining hamza/madda above or below, and Latin combining accents: the only things NFC changes here. */
const COMPOSABLE = /[\u0300-\u036f\u0653-\u0655]/;

export function normalizeArabicScript(text: string, target: Target): string {
  const map = BY_TARGET[target];
  const composed = COMPOSABLE.test(text) ? text.normalize('NFC') : text;
  return composed.replace(PATTERN[target], (c) => map[c]).toLowerCase();
}
