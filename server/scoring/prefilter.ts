/**
 * A cheap first pass before a cue pattern runs: a phrase can only match when the text has its
 * first word, or for a phrase of several words its first two words side by side (words are
 * compared by their first three letters). Most turns contain no cue at all, and common first
 * words like "you" or "i" alone would let most turns through.
 *
 * Every filtered pattern gets a number; a turn's words are looked up once in an index from
 * word keys to pattern numbers, so asking about one pattern afterwards costs one array read.
 */

export interface Prefilter {
  /** Keys of first words. */
  keys: readonly string[];
  /** Keys of first-and-second word pairs, "k1 k2". */
  pairs: readonly string[];
  /** Letters that may be attached in front of the first word (Arabic «و», «ف», «ب», «ل»). */
  prefixes: readonly string[];
}

const IDS = new WeakMap<RegExp, number>();
const FILTERS: Prefilter[] = [];
/**
 * Per first-word key: the patterns it lets run, and second word key → patterns for phrases
 * starting with it (nested: no pair keys built per turn; one look-up per word for both).
 */
const BY_KEY = new Map<number, KeyEntry>();
/** The same for words after an attached letter, for patterns that allow one. */
const BY_SHIFTED_KEY = new Map<number, KeyEntry>();

interface KeyEntry {
  patterns: number[];
  seconds?: Map<number, number[]>;
}
/** 1 for letters that some pattern allows in front of its first word (a table: every word's first letter is looked up). */
const PREFIX_LETTERS = new Uint8Array(0x10000);

/** Words are compared by their first letters, this many. */
export const KEY_LENGTH = 3;
export const wordKey = (w: string) => w.slice(0, KEY_LENGTH);

/**
 * `wordKey` as a small integer, read straight from the characters (no substring per word).
 * Two keys may share a code; that only lets a pattern run that could not match.
 */
function keyCode(w: string, from = 0): number {
  const end = Math.min(w.length, from + KEY_LENGTH);
  let h = end - from;
  for (let i = from; i < end; i++) h = (h * 65599 + w.charCodeAt(i)) & 0x3fffffff;
  return h;
}

function entryOf(index: Map<number, KeyEntry>, key: number): KeyEntry {
  let entry = index.get(key);
  if (!entry) index.set(key, (entry = { patterns: [] }));
  return entry;
}

function add(index: Map<number, number[]>, key: number, id: number) {
  const ids = index.get(key);
  if (ids) ids.push(id);
  else index.set(key, [id]);
}

export function registerPrefilter(re: RegExp, filter: Prefilter): void {
  const id = FILTERS.push(filter) - 1;
  IDS.set(re, id);
  const indexes = filter.prefixes.length > 0 ? [BY_KEY, BY_SHIFTED_KEY] : [BY_KEY];
  for (const index of indexes) {
    for (const k of filter.keys) entryOf(index, keyCode(k)).patterns.push(id);
    for (const p of filter.pairs) {
      const [first, second] = p.split(' ').map((k) => keyCode(k));
      add((entryOf(index, first).seconds ??= new Map()), second, id);
    }
  }
  for (const letter of filter.prefixes) PREFIX_LETTERS[letter.charCodeAt(0)] = 1;
}

export function prefilterOf(re: RegExp): Prefilter | undefined {
  const id = IDS.get(re);
  return id === undefined ? undefined : FILTERS[id];
}

/** Which filtered patterns could match a text, from its words. */
export class CueCandidates {
  private readonly flags = new Uint8Array(FILTERS.length);

  constructor(textWords: readonly string[]) {
    // Second words of phrases whose first word came just before, with or without an attached letter.
    let seconds: Map<number, number[]> | undefined;
    let shiftedSeconds: Map<number, number[]> | undefined;
    for (const w of textWords) {
      const key = keyCode(w);
      if (seconds) this.mark(seconds.get(key));
      if (shiftedSeconds) this.mark(shiftedSeconds.get(key));
      const entry = BY_KEY.get(key);
      const shifted = PREFIX_LETTERS[w.charCodeAt(0)] === 1 ? BY_SHIFTED_KEY.get(keyCode(w, 1)) : undefined;
      this.mark(entry?.patterns);
      this.mark(shifted?.patterns);
      seconds = entry?.seconds;
      shiftedSeconds = shifted?.seconds;
    }
  }

  private mark(ids: number[] | undefined) {
    if (ids) for (const id of ids) this.flags[id] = 1;
  }

  /** False only when `re` certainly does not match; patterns without a filter always might. */
  mightMatch(re: RegExp): boolean {
    const id = IDS.get(re);
    return id === undefined || id >= this.flags.length || this.flags[id] === 1;
  }
}
