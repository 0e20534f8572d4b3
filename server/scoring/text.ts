/** Script-agnostic text helpers shared by the language packs and the taggers. */

/**
 * Word characters: letters, marks and digits of the scripts Attune reads (Latin, Greek,
 * Cyrillic, Arabic/Persian). Spelled out rather than `\p{L}\p{M}\p{N}`: a Unicode property
 * class is several times slower to match, and these patterns run on every turn.
 */
export const WORD_CHARS =
  'a-zA-Z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f' +
  '\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0750-\\u077f\\ufb50-\\ufdff\\ufe70-\\ufefc';
const LETTER = WORD_CHARS;

/**
 * Builds one regex matching any of the phrases as whole words. `\b` does not work for
 * Persian/Arabic script, so word edges are Unicode-aware lookarounds.
 * Phrases are plain text; `*` inside a phrase stands for "any word characters".
 */
export function phraseRegex(phrases: readonly string[], options: { suffixes?: boolean; prefixes?: string } = {}): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
        .join(`[${LETTER}]*`),
    );
  // Persian and Arabic attach pronouns and endings to words («عصبانیم», «بطاقتك») and
  // conjunctions in front («وأنا»): such lists match with those affixes.
  const prefix = options.prefixes ? `(?:${options.prefixes})?` : '';
  const suffix = options.suffixes ? `[${LETTER}]{0,3}` : '';
  const re = new RegExp(`(?<![${LETTER}])${prefix}(?:${alternatives.join('|')})${suffix}(?![${LETTER}])`, 'u');
  const firstWords = phrases.map((p) => words(p)[0]);
  if (firstWords.every((w) => w && !w.includes('*'))) {
    PREFILTERS.set(re, { keys: new Set(firstWords.map(wordKey)), prefixed: Boolean(options.prefixes) });
  }
  return re;
}

/**
 * Cheap first pass before a phrase regex runs: a phrase can only match when some word of the
 * text starts like one of the phrases' first words (most turns contain no cue at all).
 */
const PREFILTERS = new WeakMap<RegExp, { keys: Set<string>; prefixed: boolean }>();
const wordKey = (w: string) => w.slice(0, 3);

/** The first-letters keys of a text's words; those of the words minus one leading letter (an attached conjunction) on demand. */
export class WordKeys {
  readonly plain: string[];
  private shiftedKeys?: string[];
  constructor(private readonly textWords: readonly string[]) {
    this.plain = textWords.map(wordKey);
  }
  get shifted(): string[] {
    return (this.shiftedKeys ??= this.textWords.map((w) => wordKey(w.slice(1))));
  }
}

export function mightMatch(re: RegExp, keys: WordKeys): boolean {
  const filter = PREFILTERS.get(re);
  if (!filter) return true;
  for (const k of keys.plain) if (filter.keys.has(k)) return true;
  if (filter.prefixed) for (const k of keys.shifted) if (filter.keys.has(k)) return true;
  return false;
}

const HAS_WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

/** Splits into sentences on . ! ? ؟ ; and line breaks, keeping the end mark. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^.!?؟;؛\n]+[.!?؟;؛]*|[.!?؟;؛]+/gu) ?? [];
  return parts.map((s) => s.trim()).filter((s) => HAS_WORD_CHAR.test(s));
}

/** Lower-cased word tokens (letters, marks, digits, apostrophes inside words). */
const WORD = new RegExp(`[${WORD_CHARS}]+(?:['’][${WORD_CHARS}]+)*`, 'g');

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Every run of whitespace as one space (most turns have none to change, so test first). */
export function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

export function wordCount(text: string): number {
  return words(text).length;
}

/**
 * A word's comparison key: its first four letters, so inflections meet ("stressed",
 * "stressful"); shorter words must match exactly.
 */
export function stemKey(word: string): string {
  return word.length >= 4 ? word.slice(0, 4) : word;
}

/** Comparison keys of the distinct words among `ws` (two words with one key both count). */
export function distinctKeys(ws: readonly string[]): string[] {
  return [...new Set(ws)].map(stemKey);
}

/** How many of `keys` (see `distinctKeys`) occur among `sourceKeys`. */
export function countShared(keys: readonly string[], sourceKeys: ReadonlySet<string>): number {
  let n = 0;
  for (const k of keys) if (sourceKeys.has(k)) n++;
  return n;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
