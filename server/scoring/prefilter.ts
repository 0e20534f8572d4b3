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

/**
 * Key codes (see `keyCode`) → values, in open addressing over a typed array: every word of
 * every turn is looked up, and a Map's look-up cost more than all the rest of the first pass.
 */
class KeyIndex<T> {
  /** Key codes (never negative) by slot; `FREE` where none. */
  private codes = new Int32Array(8).fill(FREE);
  private values: (T | undefined)[] = new Array(8);
  private size = 0;

  get(code: number): T | undefined {
    const slot = this.slotOf(code);
    return this.codes[slot] === code ? this.values[slot] : undefined;
  }

  set(code: number, value: T): void {
    // At most half full, so that a probe soon meets a free slot.
    if (2 * (this.size + 1) > this.codes.length) this.grow();
    const slot = this.slotOf(code);
    if (this.codes[slot] === FREE) this.size++;
    this.codes[slot] = code;
    this.values[slot] = value;
  }

  /** The slot holding `code`, or the free slot where it would go. */
  private slotOf(code: number): number {
    const mask = this.codes.length - 1;
    let slot = (code ^ (code >>> 15)) & mask;
    while (this.codes[slot] !== code && this.codes[slot] !== FREE) slot = (slot + 1) & mask;
    return slot;
  }

  private grow() {
    const { codes, values } = this;
    this.codes = new Int32Array(2 * codes.length).fill(FREE);
    this.values = new Array(2 * codes.length);
    this.size = 0;
    codes.forEach((code, slot) => code !== FREE && this.set(code, values[slot] as T));
  }
}

const FREE = -1;

const IDS = new WeakMap<RegExp, number>();
const FILTERS: Prefilter[] = [];
/**
 * Per first-word key: the patterns it lets run, and second word key → patterns for phrases
 * starting with it (nested: no pair keys built per turn; one look-up per word for both).
 */
const BY_KEY = new KeyIndex<KeyEntry>();
/** The same for words after an attached letter, for patterns that allow one. */
const BY_SHIFTED_KEY = new KeyIndex<KeyEntry>();

interface KeyEntry {
  patterns: PatternBits;
  seconds?: KeyIndex<PatternBits>;
}

/**
 * A set of pattern numbers as bits, 32 to a word, listed as pairs [word index, bits]: a turn
 * marks the patterns each of its words lets run by OR-ing a word or two, not by setting a flag
 * per pattern (common first words like "you" let dozens run).
 */
type PatternBits = number[];

function addPattern(bits: PatternBits, id: number): void {
  const word = id >>> 5;
  const bit = 1 << (id & 31);
  for (let i = 0; i < bits.length; i += 2) {
    if (bits[i] === word) {
      bits[i + 1] |= bit;
      return;
    }
  }
  bits.push(word, bit);
}
/** 1 for letters that some pattern allows in front of its first word (a table: every word's first letter is looked up). */
const PREFIX_LETTERS = new Uint8Array(0x10000);

/** Words are compared by their first letters, this many. */
export const KEY_LENGTH = 3;
export const wordKey = (w: string) => w.slice(0, KEY_LENGTH);

/**
 * `wordKey` of the word `text` holds from `from` up to `to`, as a small integer, read straight
 * from the characters (no substring per word). Two keys may share a code; that only lets a
 * pattern run that could not match.
 */
function keyCode(text: string, from = 0, to = text.length): number {
  const end = Math.min(to, from + KEY_LENGTH);
  let h = end - from;
  // Integer multiplication: h * 65599 would leave the small-integer range and go through floating point.
  for (let i = from; i < end; i++) h = (Math.imul(h, 65599) + text.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

function entryOf(index: KeyIndex<KeyEntry>, key: number): KeyEntry {
  let entry = index.get(key);
  if (!entry) index.set(key, (entry = { patterns: [] }));
  return entry;
}

function add(index: KeyIndex<PatternBits>, key: number, id: number) {
  let bits = index.get(key);
  if (!bits) index.set(key, (bits = []));
  addPattern(bits, id);
}

export function registerPrefilter(re: RegExp, filter: Prefilter): void {
  const id = FILTERS.push(filter) - 1;
  IDS.set(re, id);
  const indexes = filter.prefixes.length > 0 ? [BY_KEY, BY_SHIFTED_KEY] : [BY_KEY];
  for (const index of indexes) {
    for (const k of filter.keys) addPattern(entryOf(index, keyCode(k)).patterns, id);
    for (const p of filter.pairs) {
      const [first, second] = p.split(' ').map((k) => keyCode(k));
      add((entryOf(index, first).seconds ??= new KeyIndex()), second, id);
    }
  }
  for (const letter of filter.prefixes) PREFIX_LETTERS[letter.charCodeAt(0)] = 1;
}

/** The number of `re`'s first pass (undefined without one), for a caller asking about it on every turn (see `CueCandidates.mightPass`). */
export function prefilterId(re: RegExp): number | undefined {
  return IDS.get(re);
}

export function prefilterOf(re: RegExp): Prefilter | undefined {
  const id = IDS.get(re);
  return id === undefined ? undefined : FILTERS[id];
}

/** Which filtered patterns could match a text, from its words, read one by one (see `addWord`). */
export class CueCandidates {
  /** The patterns that may match, as bits (see `PatternBits`), of the `known` patterns there were when the turn was read. */
  private readonly flags = new Int32Array((FILTERS.length + 31) >>> 5);
  private readonly known = FILTERS.length;
  /** Second words of phrases whose first word came just before, with or without an attached letter. */
  private seconds: KeyIndex<PatternBits> | undefined;
  private shiftedSeconds: KeyIndex<PatternBits> | undefined;

  /**
   * Reads the text's next word, which `text` holds from `start` up to `end`: the turn's words
   * are read from its text in one scan (see `PreparedTurn`), without a substring each here.
   */
  addWord(text: string, start: number, end: number): void {
    const key = keyCode(text, start, end);
    if (this.seconds) this.mark(this.seconds.get(key));
    if (this.shiftedSeconds) this.mark(this.shiftedSeconds.get(key));
    const entry = BY_KEY.get(key);
    const shifted = PREFIX_LETTERS[text.charCodeAt(start)] === 1 ? BY_SHIFTED_KEY.get(keyCode(text, start + 1, end)) : undefined;
    this.mark(entry?.patterns);
    this.mark(shifted?.patterns);
    this.seconds = entry?.seconds;
    this.shiftedSeconds = shifted?.seconds;
  }

  private mark(bits: PatternBits | undefined) {
    if (bits) for (let i = 0; i < bits.length; i += 2) this.flags[bits[i]] |= bits[i + 1];
  }

  /**
   * False only when the pattern numbered `id` (its `prefilterId`, looked up beforehand)
   * certainly does not match; patterns without a filter always might.
   */
  mightPass(id: number | undefined): boolean {
    return id === undefined || id >= this.known || (this.flags[id >>> 5] & (1 << (id & 31))) !== 0;
  }
}
