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

/** Per target, every UTF-16 code unit's replacement: `KEEP`, `DROP` or the code of the one character it becomes. */
const KEEP = 0;
const DROP = 0xffff;
const TABLE: Record<Target, Uint16Array> = { fa: codeTable(BY_TARGET.fa), ar: codeTable(BY_TARGET.ar) };

function codeTable(map: Record<string, string>): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of Object.entries(map)) table[from.charCodeAt(0)] = to === '' ? DROP : to.charCodeAt(0);
  return table;
}

/** Combining hamza/madda above or below, and Latin combining accents: the only things NFC changes here. */
const COMPOSABLE = /[\u0300-\u036f\u0653-\u0655]/;

export function normalizeArabicScript(text: string, target: Target): string {
  const composed = COMPOSABLE.test(text) ? text.normalize('NFC') : text;
  const table = TABLE[target];
  // Unchanged stretches are copied as slices; lower-casing (slow on non-Latin text) runs only
  // when some character could have a case.
  let out = '';
  let from = 0;
  let cased = false;
  for (let i = 0; i < composed.length; i++) {
    const c = composed.charCodeAt(i);
    const to = table[c];
    if (to !== KEEP) {
      out += composed.slice(from, i);
      if (to !== DROP) out += String.fromCharCode(to);
      from = i + 1;
    } else if (!cased) cased = mayHaveCase(c);
  }
  out = from === 0 ? composed : out + composed.slice(from);
  return cased ? out.toLowerCase() : out;
}

/**
 * False for code units `toLowerCase` certainly leaves alone: ASCII other than A–Z, Latin-1
 * punctuation, the Arabic blocks and general punctuation (ZWNJ, direction marks, dashes).
 */
function mayHaveCase(c: number): boolean {
  if (c < 0xc0) return c >= 0x41 && c <= 0x5a;
  return !(
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}
