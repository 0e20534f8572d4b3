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
  const filter = phrasePrefilter(phrases, options);
  if (filter) PREFILTERS.set(re, filter);
  return re;
}

/**
 * Cheap first pass before a phrase regex runs: a phrase can only match when the text has its
 * first word, or for a phrase of several words its first two words side by side (compared by
 * their first letters; most turns contain no cue at all, and common first words like "you" or
 * "i" would let most turns through).
 */
interface Prefilter {
  keys: Set<string>;
  pairs: Set<string>;
  prefixed: boolean;
}
const PREFILTERS = new WeakMap<RegExp, Prefilter>();
const wordKey = (w: string) => w.slice(0, 3);

function phrasePrefilter(phrases: readonly string[], options: { suffixes?: boolean; prefixes?: string }): Prefilter | undefined {
  const filter: Prefilter = { keys: new Set(), pairs: new Set(), prefixed: Boolean(options.prefixes) };
  for (const phrase of phrases) {
    const ws = words(phrase);
    if (ws.length === 0 || phrase.split(' ')[0].includes('*')) return undefined;
    // Affixes change word edges, and "*" stands for any word: those keep to the first word.
    if (ws.length === 1 || phrase.includes('*') || options.suffixes || options.prefixes) filter.keys.add(wordKey(ws[0]));
    else filter.pairs.add(`${wordKey(ws[0])} ${wordKey(ws[1])}`);
  }
  return filter;
}

/** Gives a hand-written pattern the same cheap first pass: it can only match where one of `firstWords` occurs. */
export function withFirstWords(re: RegExp, firstWords: readonly string[]): RegExp {
  PREFILTERS.set(re, { keys: new Set(firstWords.map(wordKey)), pairs: new Set(), prefixed: false });
  return re;
}

/** One pattern matching any of `patterns`; it keeps their first pass when every one has one. */
export function anyOfPatterns(...patterns: RegExp[]): RegExp {
  const re = new RegExp(patterns.map((r) => `(?:${r.source})`).join('|'), 'u');
  const filters = patterns.map((r) => PREFILTERS.get(r));
  if (filters.every((f) => f && !f.prefixed)) {
    PREFILTERS.set(re, {
      keys: new Set(filters.flatMap((f) => [...f!.keys])),
      pairs: new Set(filters.flatMap((f) => [...f!.pairs])),
      prefixed: false,
    });
  }
  return re;
}

/** The first-letters keys of a text's words (and of adjacent pairs, and of the words minus one leading letter — an attached conjunction — on demand). */
export class WordKeys {
  readonly plain: string[];
  private pairKeys?: string[];
  private shiftedKeys?: string[];
  constructor(private readonly textWords: readonly string[]) {
    this.plain = textWords.map(wordKey);
  }
  get pairs(): string[] {
    return (this.pairKeys ??= this.plain.slice(1).map((k, i) => `${this.plain[i]} ${k}`));
  }
  get shifted(): string[] {
    return (this.shiftedKeys ??= this.textWords.map((w) => wordKey(w.slice(1))));
  }
}

export function mightMatch(re: RegExp, keys: WordKeys): boolean {
  const filter = PREFILTERS.get(re);
  if (!filter) return true;
  if (filter.keys.size > 0) {
    for (const k of keys.plain) if (filter.keys.has(k)) return true;
    if (filter.prefixed) for (const k of keys.shifted) if (filter.keys.has(k)) return true;
  }
  if (filter.pairs.size > 0) for (const k of keys.pairs) if (filter.pairs.has(k)) return true;
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
