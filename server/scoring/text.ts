/** Script-agnostic text helpers shared by the language packs and the taggers. */
import { KEY_LENGTH, prefilterOf, registerPrefilter, wordKey, type Prefilter } from './prefilter.ts';

/**
 * Word characters: letters, marks and digits of the scripts Attune reads (Latin, Greek,
 * Cyrillic, Arabic/Persian). Spelled out rather than `\p{L}\p{M}\p{N}`: a Unicode property
 * class is several times slower to match, and these patterns run on every turn.
 */
export const WORD_CHARS =
  'a-zA-Z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f' +
  '\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0750-\\u077f\\ufb50-\\ufdff\\ufe70-\\ufefc';

/**
 * Builds one regex matching any of the phrases as whole words. `\b` does not work for
 * Persian/Arabic script, so word edges are Unicode-aware lookarounds.
 * Phrases are plain text; `*` inside a phrase stands for "any word characters".
 */
export function phraseRegex(phrases: readonly string[], options: { suffixes?: boolean; prefixes?: string } = {}): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(phraseTokens);
  // Persian and Arabic attach pronouns and endings to words («عصبانیم», «بطاقتك») and
  // conjunctions in front («وأنا»): such lists match with those affixes.
  const suffix = options.suffixes ? `[${WORD_CHARS}]{0,3}` : '';
  const re = new RegExp(`${phrasesAfterEdge(alternatives, options.prefixes)}${suffix}(?![${WORD_CHARS}])`, 'u');
  const filter = phrasePrefilter(phrases, options);
  if (filter) registerPrefilter(re, filter);
  return re;
}

/**
 * The phrases, with an optional attached prefix, after a word edge: `(?<![W])(?:prefix)?(?:phrases)`.
 * The edge is tested after a match's first character rather than before it (see `edgeBefore`)
 * where that character is always one: a prefix of single letters, or a phrase's own.
 */
function phrasesAfterEdge(alternatives: readonly (readonly string[])[], prefixes: string | undefined): string {
  if (prefixes === undefined) return `(?:${alternation(alternatives, true)})`;
  if (prefixes.split('|').some((p) => [...p].length !== 1)) return `(?<![${WORD_CHARS}])(?:${prefixes})?(?:${alternation(alternatives, false)})`;
  // The prefix is tried first, as the optional group was.
  return `(?:(?:${prefixes})${edgeBefore(`(?:${prefixes})`)}(?:${alternation(alternatives, false)})|${alternation(alternatives, true)})`;
}

/**
 * Placed right after a single character matched by `token`: no word character comes before it
 * (a word edge). A lookbehind tried at every place in the text costs more than the rest of a
 * failed try (Persian and Arabic phrase lists took twice as long); after the character it is
 * tried only where a match has begun.
 */
const edgeBefore = (token: string) => `(?<![${WORD_CHARS}]${token})`;

/** A phrase as regex tokens, one per character: a space stands for any whitespace, `*` for any word characters. */
function phraseTokens(phrase: string): string[] {
  return [...phrase].map((ch) => (ch === ' ' ? '\\s+' : ch === '*' ? ANY_WORD_CHARS : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

const ANY_WORD_CHARS = `[${WORD_CHARS}]*`;

/**
 * The alternation of `alternatives` (token lists, the first preferred), each after a word edge
 * when `atEdge` (see `edgeBefore`), with common beginnings factored out: "i think you should",
 * "i recommend" → `i\s+(?:think\s+you\s+should|recommend)`.
 * The engine tries alternatives one by one at every word start, and trying a list of a hundred
 * phrases cost most of a cue test. An alternative is moved forward only past ones whose first
 * token is another character (or a space against a character): those never match at the same
 * place, so the pattern matches what the plain list matches, choosing the same alternative.
 */
function alternation(alternatives: readonly (readonly string[])[], atEdge: boolean): string {
  const out: string[] = [];
  // The groups of the current run of alternatives that may be moved, by first token.
  let groups = new Map<string, (readonly string[])[]>();
  const endRun = () => {
    for (const [first, rests] of groups) {
      out.push(first + (atEdge ? edgeBefore(first) : '') + (rests.length === 1 ? rests[0].join('') : `(?:${alternation(rests, false)})`));
    }
    groups = new Map();
  };
  for (const tokens of alternatives) {
    const first = tokens[0];
    // An empty rest, a wildcard or a whitespace character may match where others do: it stays in
    // place. (A run of spaces is no single character to test the edge after.)
    if (first === undefined || first === ANY_WORD_CHARS || /^\s$/.test(first) || (atEdge && first === '\\s+')) {
      endRun();
      out.push((atEdge ? `(?<![${WORD_CHARS}])` : '') + tokens.join(''));
      continue;
    }
    const rests = groups.get(first);
    if (rests) rests.push(tokens.slice(1));
    else groups.set(first, [tokens.slice(1)]);
  }
  endRun();
  return out.join('|');
}

function phrasePrefilter(phrases: readonly string[], options: { suffixes?: boolean; prefixes?: string }): Prefilter | undefined {
  const split = phrases.map((phrase) => words(phrase));
  if (split.some((ws, i) => ws.length === 0 || phrases[i].split(' ')[0].includes('*'))) return undefined;
  // A suffix can carry a word shorter than a key past its key ("پس" + "تی"): a list with such a
  // word has always kept to first words, and keeps to them, so that it lets through what it did.
  const firstWordsOnly = options.suffixes === true && split.some((ws) => ws.length === 1 && ws[0].length < KEY_LENGTH);
  const keys = new Set<string>();
  const pairs = new Set<string>();
  split.forEach((ws, i) => {
    // "*" stands for any word, and a suffix may lengthen a short last word: those keep to the
    // first word. (An attached prefix is looked for in front of the first word.)
    const lastShort = options.suffixes && ws.length === 2 && ws[1].length < KEY_LENGTH;
    if (ws.length === 1 || phrases[i].includes('*') || firstWordsOnly || lastShort) keys.add(wordKey(ws[0]));
    else pairs.add(`${wordKey(ws[0])} ${wordKey(ws[1])}`);
  });
  return { keys: [...keys], pairs: [...pairs], prefixes: options.prefixes ? options.prefixes.split('|') : [] };
}

/**
 * Gives a hand-written pattern the same cheap first pass: it can only match where one of
 * `firstWords` occurs — a word, or two words side by side ("you are").
 */
export function withFirstWords(re: RegExp, firstWords: readonly string[]): RegExp {
  const [pairs, keys] = [firstWords.filter((w) => w.includes(' ')), firstWords.filter((w) => !w.includes(' '))];
  registerPrefilter(re, { keys: keys.map(wordKey), pairs: pairs.map((p) => p.split(' ').map(wordKey).join(' ')), prefixes: [] });
  return re;
}

/** The patterns an `anyOfPatterns` pattern was made of, for a caller that can test them one by one. */
const PARTS = new WeakMap<RegExp, readonly RegExp[]>();
export function partsOf(re: RegExp): readonly RegExp[] | undefined {
  return PARTS.get(re);
}

/** One pattern matching any of `patterns`; it keeps their first pass when every one has one. */
export function anyOfPatterns(...patterns: RegExp[]): RegExp {
  const re = new RegExp(patterns.map((r) => `(?:${r.source})`).join('|'), 'u');
  PARTS.set(re, patterns);
  const filters = patterns.map(prefilterOf);
  if (filters.every((f) => f !== undefined)) {
    registerPrefilter(re, {
      keys: filters.flatMap((f) => f!.keys),
      pairs: filters.flatMap((f) => f!.pairs),
      prefixes: [...new Set(filters.flatMap((f) => f!.prefixes))],
    });
  }
  return re;
}

/** Matches any one word character. */
export const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

/**
 * Splits into sentences on . ! ? ؟ ; and line breaks, keeping the end marks: each stretch of
 * text up to one of them, with the marks after it, trimmed, if it holds a word (end marks on
 * their own never do). Read by a scan over tables, not a global match: every agent turn is
 * split. `ends`, when given, receives where each sentence ends in the text.
 */
export function splitSentences(text: string, ends?: number[]): string[] {
  const sentences: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (ENDS_SENTENCE[text.charCodeAt(i)] === 1) {
      i++;
      continue;
    }
    let start = i;
    while (i < text.length && ENDS_SENTENCE[text.charCodeAt(i)] === 0) i++;
    while (i < text.length && IS_END_MARK[text.charCodeAt(i)] === 1) i++;
    let end = i;
    while (start < end && IS_SPACE[text.charCodeAt(start)] === 1) start++;
    while (end > start && IS_SPACE[text.charCodeAt(end - 1)] === 1) end--;
    if (hasWordChar(text, start, end)) {
      sentences.push(text.slice(start, end));
      ends?.push(end);
    }
  }
  return sentences;
}

/** Whether `text` has a word character from `from` up to `to`. */
function hasWordChar(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (IS_WORD_CHAR[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** 1 for each UTF-16 code unit in `WORD_CHARS` (all of them in the Basic Multilingual Plane), built from the same class. */
export const IS_WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (WORD_CHAR.test(String.fromCharCode(c))) IS_WORD_CHAR[c] = 1;

/**
 * Word tokens (letters, marks, digits, apostrophes inside words) of normalised, already
 * lower-cased text: what `[W]+(?:['’][W]+)*` matches, read by a scan over a table (every turn
 * is split, and a global regex match costs several times more).
 */
export function words(normalised: string): string[] {
  const found: string[] = [];
  for (let start = nextWordStart(normalised, 0); start < normalised.length; ) {
    const end = wordEnd(normalised, start);
    found.push(normalised.slice(start, end));
    start = nextWordStart(normalised, end);
  }
  return found;
}

/** Where the first word (see `words`) from `i` on starts; the text's length if none does. */
export function nextWordStart(text: string, i: number): number {
  while (i < text.length && IS_WORD_CHAR[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** Where the word (see `words`) starting at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let i = wordRunEnd(text, start);
  // An apostrophe belongs to the word only between word characters ("don't", not "dogs'").
  while (i + 1 < text.length && isApostrophe(text.charCodeAt(i)) && IS_WORD_CHAR[text.charCodeAt(i + 1)] === 1) i = wordRunEnd(text, i + 1);
  return i;
}

/** Where the run of word characters starting at `i` ends. */
export function wordRunEnd(text: string, i: number): number {
  while (i < text.length && IS_WORD_CHAR[text.charCodeAt(i)] === 1) i++;
  return i;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** JavaScript's whitespace, what `\s` matches, spelled out. */
export const WHITESPACE = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** 1 for each of `chars`, by UTF-16 code unit: a test of one character that costs one array read. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** For `splitSentences`: what ends a sentence, the end marks it keeps, and what trimming takes off. */
const ENDS_SENTENCE = charTable('.!?؟;؛\n');
const IS_END_MARK = charTable('.!?؟;؛');
const IS_SPACE = charTable(WHITESPACE);

/** Whitespace other than one plain space (JavaScript's \s spelled out: faster to test than "\s\s or not-space-but-whitespace"). */
const UNUSUAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Every run of whitespace as one space (most turns have none to change, so test first). */
export function collapseSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Whether the text ends with a question mark, Latin or Arabic (trailing spaces allowed). */
export function endsWithQuestionMark(text: string): boolean {
  return ENDS_WITH_QUESTION_MARK.test(text);
}

const ENDS_WITH_QUESTION_MARK = /[?؟]\s*$/u;

export function wordCount(text: string): number {
  return words(text).length;
}

/**
 * A word's comparison key: its first four letters, so inflections meet ("stressed",
 * "stressful"); shorter words must match exactly. Keys are compared by the thousand per call,
 * so where the letters allow (ASCII letters and digits, the apostrophe, the Arabic and Persian
 * letters) the key is a small integer, seven bits a letter, rather than a new short string.
 * Other keys stay strings; a number never equals a string, so keys compare as the letters do.
 */
export type StemKey = number | string;

export function stemKey(word: string): StemKey {
  const length = Math.min(word.length, 4);
  let code = 0;
  for (let i = 0; i < length; i++) {
    const letter = KEY_LETTER[word.charCodeAt(i)];
    if (letter === 0) return word.slice(0, 4);
    code |= letter << (7 * i);
  }
  return code;
}

/** Seven-bit numbers (from 1) for the letters of integer keys; 0 for every other character. */
const KEY_LETTER = new Uint8Array(0x10000);
[..."abcdefghijklmnopqrstuvwxyz0123456789'", ...range(0x0621, 0x064a), ...'پچژکگی'].forEach(
  (letter, i) => (KEY_LETTER[letter.charCodeAt(0)] = i + 1),
);

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * One kind of pattern derived from cue patterns (anchored, global…): `derivedPattern(make)`
 * gives a function from a cue pattern to its derived one, compiled once per cue.
 */
export function derivedPattern(make: (re: RegExp) => RegExp): (re: RegExp) => RegExp {
  const made = new WeakMap<RegExp, RegExp>();
  return (re) => {
    let d = made.get(re);
    if (!d) made.set(re, (d = make(re)));
    return d;
  };
}

/** The pattern with the g flag, for finding or replacing every match. */
export const withGlobal = derivedPattern((r) => new RegExp(r.source, r.flags.includes('g') ? r.flags : r.flags + 'g'));
