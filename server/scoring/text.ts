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
  return new RegExp(`(?<![${LETTER}])${prefix}(?:${alternatives.join('|')})${suffix}(?![${LETTER}])`, 'u');
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

/** True when two content words are the same word up to inflection (shared prefix). */
export function sameStem(a: string, b: string, minPrefix = 4): boolean {
  if (a === b) return true;
  if (a.length < minPrefix || b.length < minPrefix) return false;
  const n = Math.min(a.length, b.length, minPrefix + 1);
  return a.slice(0, Math.max(minPrefix, n - 1)) === b.slice(0, Math.max(minPrefix, n - 1));
}

/** Content words of `agent` that also occur (up to inflection) in `source`. */
export function sharedStems(agent: string[], source: string[], minPrefix = 4): string[] {
  const shared: string[] = [];
  for (const w of new Set(agent)) {
    if (source.some((s) => sameStem(w, s, minPrefix))) shared.push(w);
  }
  return shared;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
