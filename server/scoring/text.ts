/** Script-agnostic text helpers shared by the language packs and the taggers. */

const LETTER = '\\p{L}\\p{M}\\p{N}';

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

export function mightMatch(re: RegExp, textWords: readonly string[]): boolean {
  const filter = PREFILTERS.get(re);
  if (!filter) return true;
  return textWords.some((w) => filter.keys.has(wordKey(w)) || (filter.prefixed && filter.keys.has(wordKey(w.slice(1)))));
}

/** Splits into sentences on . ! ? ؟ ; and line breaks, keeping the end mark. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^.!?؟;؛\n]+[.!?؟;؛]*|[.!?؟;؛]+/gu) ?? [];
  return parts.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Lower-cased word tokens (letters, marks, digits, apostrophes inside words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
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

/** Content words of `agent` that also occur (up to inflection) among `sourceKeys`. */
export function sharedStems(agent: string[], sourceKeys: ReadonlySet<string>): string[] {
  return [...new Set(agent)].filter((w) => sourceKeys.has(stemKey(w)));
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
