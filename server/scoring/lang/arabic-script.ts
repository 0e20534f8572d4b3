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

/** What a code unit may need besides its replacement, as bits of `NEEDS`. */
const MAY_HAVE_CASE = 1;
/** Whitespace other than a plain space, which `collapseSpaces` would change. */
const ODD_SPACE = 2;
/** Combining hamza/madda above or below, and Latin combining accents: the only things NFC changes here. */
const COMPOSABLE = 4;

const NEEDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  // A surrogate's case is that of the pair it belongs to: count it as cased.
  if ((c >= 0xd800 && c <= 0xdfff) || ch.toLowerCase() !== ch) NEEDS[c] |= MAY_HAVE_CASE;
  if (c !== 0x20 && /\s/.test(ch)) NEEDS[c] |= ODD_SPACE;
  if ((c >= 0x0300 && c <= 0x036f) || (c >= 0x0653 && c <= 0x0655)) NEEDS[c] |= COMPOSABLE;
}

/** Normalises, lower-cases and collapses whitespace (as `collapseSpaces`) in one pass. */
export function normalizeArabicScript(text: string, target: Target): string {
  return normalizePass(text, TABLE[target], false);
}

/**
 * Unchanged stretches are copied as slices, and what the characters seen do not call for is
 * skipped: NFC (then the pass starts again), lower-casing (slow on non-Latin text), collapsing
 * whitespace.
 */
function normalizePass(text: string, table: Uint16Array, composed: boolean): string {
  let out = '';
  let from = 0;
  let needs = 0;
  let last = 0; // the last character kept: two spaces may meet where a character is dropped
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const to = table[c];
    needs |= NEEDS[c];
    if (to === KEEP) {
      if (c === 0x20 && last === 0x20) needs |= ODD_SPACE;
      last = c;
      continue;
    }
    out += text.slice(from, i);
    if (to !== DROP) out += String.fromCharCode((last = to));
    from = i + 1;
  }
  if (needs & COMPOSABLE && !composed) return normalizePass(text.normalize('NFC'), table, true);
  out = from === 0 ? text : out + text.slice(from);
  if (needs & ODD_SPACE) out = out.replace(/\s+/g, ' ');
  return needs & MAY_HAVE_CASE ? out.toLowerCase() : out;
}
