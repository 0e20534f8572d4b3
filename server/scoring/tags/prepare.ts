import type { LanguagePack } from '../lang/types.ts';
import { behaviourContext, type BehaviourContext } from '../model/features.ts';
import { CueCandidates, prefilterId } from '../prefilter.ts';
import { charTable, nextWordStart, partsOf, splitSentences, stemKey, WHITESPACE, wordEnd, type StemKey } from '../text.ts';
import type { Turn } from '../types.ts';

/**
 * A turn with the normalised views every tagger needs, each computed once, and only when
 * first asked for (a customer turn never needs its sentences, an agent turn never serves as
 * a source of words): this runs for every turn of every call.
 */
export class PreparedTurn {
  readonly speaker: Turn['speaker'];
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
  readonly norm: string;
  /** The words of `norm` (see `readWords`). */
  readonly words: string[];
  /** Words that carry meaning (no stopwords or bare numbers), stemmed where the pack can. */
  readonly content: string[];
  /**
   * Comparison keys of the content words (see `stemKey`), read with them: nearly every turn's
   * are compared, as an agent turn or as a customer turn before one.
   */
  readonly contentKeys: StemKey[];
  /** Where each content word starts in `norm`. */
  private readonly contentStarts: number[];
  /** Which cue patterns could match this turn (see `CueCandidates`), read with the words. */
  readonly cueCandidates = new CueCandidates();
  /**
   * Cue tests already run on this turn, and those that matched, a bit per cue (see `CUE_SLOT`):
   * each pattern runs once per turn. Bits rather than a typed array, which costs more to make.
   */
  readonly cueResults = new CueResults();
  private readonly lazy = new LazyViews();

  constructor(turn: Turn, readonly index: number, pack: LanguagePack) {
    this.speaker = turn.speaker;
    this.text = turn.text;
    if (turn.start !== undefined) this.start = turn.start;
    if (turn.end !== undefined) this.end = turn.end;
    this.norm = pack.normalize(turn.text);
    const read = readWords(this.norm, pack, this.cueCandidates);
    this.words = read.words.slice(0, read.wordCount);
    this.content = read.content.slice(0, read.contentCount);
    this.contentKeys = read.contentKeys.slice(0, read.contentCount);
    this.contentStarts = read.contentStarts.slice(0, read.contentCount);
    if (read.wordCount > READ_KEPT) forgetLongTurn();
  }

  /** The same turn (sharing its cached views) at another position: the live socket tags a window of the call. */
  at(index: number): PreparedTurn {
    return Object.assign(Object.create(PreparedTurn.prototype) as PreparedTurn, this, { index });
  }

  /** Normalised sentences, each with its original terminal punctuation. */
  get sentences(): string[] {
    return (this.lazy.sentences ??= splitSentences(this.norm, (this.lazy.sentenceEnds = [])));
  }

  /**
   * Where each sentence's content words start in `content`, plus where the last one ends:
   * sentence i has content[bounds[i]] up to content[bounds[i + 1]].
   */
  get sentenceBounds(): number[] {
    return (this.lazy.sentenceBounds ??= contentBounds(this.sentenceEnds, this.contentStarts));
  }

  /** Where each sentence ends in `norm`, found as the text is split. */
  private get sentenceEnds(): number[] {
    return this.sentences && this.lazy.sentenceEnds!;
  }

  /** How sentence `i` opens (see `openingOf`), read once: several rules look at the same opening. */
  opening(i: number): string {
    const openings = (this.lazy.openings ??= new Array<string>(this.sentences.length));
    return (openings[i] ??= openingOf(this.sentences[i]));
  }

  /** This turn as the context the behaviour model reads for the reply after it. */
  get behaviourContext(): BehaviourContext {
    return (this.lazy.behaviourContext ??= behaviourContext(this.norm));
  }
}

/*
 * Why classes and copies below rather than object and array literals in `PreparedTurn`: V8
 * decides early whether objects made at a literal should be made straight in the old
 * generation ("allocation-site pretenuring"), from how many of them outlived a young-generation
 * collection. A collection during the first call, when that call's hundred-odd turns are all
 * alive, sent every later turn's lists there too, and scoring ran about a quarter slower for the
 * rest of the process (in about half of all processes). Objects made by `new` of a class and
 * arrays copied by `slice` carry no such decision.
 */

/** Cue tests already run on a turn, and those that matched, a bit per cue (see `hasCue`). */
class CueResults {
  tested = 0;
  matched = 0;
}

/** A turn's views computed when first asked for; every field present from the start, so the object keeps one shape. */
class LazyViews {
  sentences: string[] | undefined = undefined;
  /** Where each sentence ends in `norm`. */
  sentenceEnds: number[] | undefined = undefined;
  sentenceBounds: number[] | undefined = undefined;
  behaviourContext: BehaviourContext | undefined = undefined;
  openings: string[] | undefined = undefined;
}

/**
 * The lists `readWords` fills, reused from turn to turn: each turn keeps copies of the first
 * `wordCount` words and `contentCount` content words (what lies past them is left from an
 * earlier turn). Overwritten rather than emptied: emptying a list (`length = 0`) is a call into
 * the runtime that also gives up its memory, so that every turn grew its lists again.
 */
const READ = { wordCount: 0, contentCount: 0, words: [] as string[], content: [] as string[], contentKeys: [] as StemKey[], contentStarts: [] as number[] };

/** How many words the reused lists keep between turns: an unusually long turn's are let go. */
const READ_KEPT = 4096;

function forgetLongTurn(): void {
  READ.words.length = READ.content.length = READ.contentKeys.length = READ.contentStarts.length = 0;
}

/**
 * The words of `norm`, its content words with their keys and starts, and `cueCandidates`, in
 * one scan (every turn is read, and separate passes over the text and the word list cost more
 * than the work per word). A word's key is read once, for the stopword look-up and as
 * its content key (unless stemming changed the word). The keys are a plain list: a turn
 * mostly has a few dozen, mostly small integers, and scanning them costs less than building
 * and asking a set.
 */
function readWords(norm: string, pack: LanguagePack, cueCandidates: CueCandidates): typeof READ {
  const { words, content, contentKeys, contentStarts } = READ;
  let wordCount = 0;
  let contentCount = 0;
  const stopwords = stopwordsByKey(pack);
  const stem = pack.stem;
  for (let start = nextWordStart(norm, 0); start < norm.length; ) {
    const end = wordEnd(norm, start);
    const w = norm.slice(start, end);
    words[wordCount++] = w;
    cueCandidates.addWord(norm, start, end);
    const key = stemKey(w);
    if (isContentWord(w, key, stopwords)) {
      const stemmed = stem ? stem(w) : w;
      content[contentCount] = stemmed;
      contentKeys[contentCount] = stemmed === w ? key : stemKey(stemmed);
      contentStarts[contentCount++] = start;
    }
    start = nextWordStart(norm, end);
  }
  READ.wordCount = wordCount;
  READ.contentCount = contentCount;
  return READ;
}

/** Acknowledgements that often come before a reflection's opener ("okay, so you…", «متوجه شدم، یعنی…»). */
const OPENER_LEAD_IN =
  /^(?:(?:okay|ok|and|but|well|um|uh|ah|right|alright|all right|yeah|yes|mm|mm-hmm|hmm|sure|wow|oh|great|thanks|thank you|i see|got it|خب|خوب|باشه|ممنون|آها|اها|بله|متوجه شدم|فهمیدم|که اینطور|طيب|تمام|شكرا|فهمت|فهمت عليك|اها|نعم|طب|ماشي)[\s,،.]+)+/u;

/**
 * How a sentence opens, after lead-ins ("okay, so…" → "so…"), with commas dropped ("So, you're…"
 * = "so you're…"). Only the start is looked at: what opens a sentence comes first, and sentences can run long.
 */
function openingOf(sentence: string): string {
  return commasAsSpaces(sentence.slice(0, OPENING_LENGTH)).replace(OPENER_LEAD_IN, '');
}

/**
 * Each run of whitespace and commas as one space (`replace(/[\s,،]+/g, ' ')`), by one scan that
 * copies the stretches between runs: most sentences have no run to change but single spaces.
 */
function commasAsSpaces(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (IS_SPACE_OR_COMMA[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const run = i;
    while (i < text.length && IS_SPACE_OR_COMMA[text.charCodeAt(i)] === 1) i++;
    if (i - run === 1 && text.charCodeAt(run) === 0x20) continue;
    out += text.slice(from, run) + ' ';
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

const IS_SPACE_OR_COMMA = charTable(WHITESPACE + ',،');

/** How much of a sentence `openingOf` looks at. */
export const OPENING_LENGTH = 200;

export function prepareTurn(turn: Turn, index: number, pack: LanguagePack): PreparedTurn {
  return new PreparedTurn(turn, index, pack);
}

type CueName = keyof LanguagePack['cues'];

/** Every cue `hasCue` may test; at most 31, one bit each. */
const CUE_NAMES: readonly CueName[] = [
  'questionStart', 'confirmationTag', 'openQuestion', 'factRequest', 'reflectionOpener', 'weakReflectionOpener', 'secondPerson',
  'customerAsSubject', 'advice', 'scriptedQuestion', 'empathy', 'negativeEmotion', 'actionDone', 'actionPromise',
  'timeExpression', 'vaguePromise', 'closing',
];
const CUE_SLOT = Object.fromEntries(CUE_NAMES.map((name, i) => [name, i])) as Record<CueName, number>;

/** Whether the pack's cue matches the turn, computed once per turn and cue. */
export function hasCue(turn: PreparedTurn, pack: LanguagePack, cue: CueName): boolean {
  const slot = CUE_SLOT[cue];
  const bit = 1 << slot;
  const results = turn.cueResults;
  if ((results.tested & bit) === 0) {
    const test = cueTestsOf(pack)[slot];
    if (test !== undefined && cueMatches(turn, test)) results.matched |= bit;
    results.tested |= bit;
  }
  return (results.matched & bit) !== 0;
}

/** False only when the pack's cue certainly does not match the turn (its first pass alone; see `CueCandidates`). */
export function mayHaveCue(turn: PreparedTurn, pack: LanguagePack, cue: CueName): boolean {
  return turn.cueCandidates.mightPass(cueTestsOf(pack)[CUE_SLOT[cue]]?.filter);
}

/**
 * A cue pattern with its first pass and parts (see `cueMatches`), looked up once per pack:
 * a look-up by pattern costs more than the first pass itself, and cues are tested on every turn.
 */
interface CueTest {
  re: RegExp;
  filter: number | undefined;
  parts: readonly CueTest[] | undefined;
}

/** Per pack, its cues' tests by `CUE_SLOT`. */
const CUE_TESTS = new WeakMap<LanguagePack, readonly (CueTest | undefined)[]>();
/** The last pack asked about and its tests: a call asks about one pack, hundreds of times. */
let lastPack: LanguagePack | undefined;
let lastTests: readonly (CueTest | undefined)[] = [];

function cueTestsOf(pack: LanguagePack): readonly (CueTest | undefined)[] {
  if (pack === lastPack) return lastTests;
  let tests = CUE_TESTS.get(pack);
  if (!tests) CUE_TESTS.set(pack, (tests = CUE_NAMES.map((name) => (pack.cues[name] ? cueTest(pack.cues[name]) : undefined))));
  lastPack = pack;
  return (lastTests = tests);
}

function cueTest(re: RegExp): CueTest {
  return { re, filter: prefilterId(re), parts: partsOf(re)?.map(cueTest) };
}

/**
 * Whether the cue matches the turn. A pattern made of parts (`anyOfPatterns`) is tried part by
 * part, each behind its own first pass: one common word letting the whole union through would
 * run every part's pattern.
 */
function cueMatches(turn: PreparedTurn, test: CueTest): boolean {
  if (!turn.cueCandidates.mightPass(test.filter)) return false;
  if (test.parts === undefined) return test.re.test(turn.norm);
  for (const part of test.parts) if (cueMatches(turn, part)) return true;
  return false;
}

/** `key`: the word's `stemKey`. */
function isContentWord(w: string, key: StemKey, stopwords: StopwordsByKey): boolean {
  return w.length >= 3 && !stopwords.get(key)?.includes(w) && !isNumber(w);
}

/**
 * A pack's stopwords by comparison key (see `stemKey`): a word is looked up by its key, mostly
 * a small integer read from its letters, and compared only with the stopwords sharing it.
 * A set of strings would hash every new word, which cost more than all the rest.
 */
type StopwordsByKey = ReadonlyMap<StemKey, readonly string[]>;
const STOPWORDS_BY_KEY = new WeakMap<LanguagePack, StopwordsByKey>();

function stopwordsByKey(pack: LanguagePack): StopwordsByKey {
  let byKey = STOPWORDS_BY_KEY.get(pack);
  if (!byKey) {
    const index = new Map<StemKey, string[]>();
    for (const w of pack.stopwords) index.set(stemKey(w), [...(index.get(stemKey(w)) ?? []), w]);
    STOPWORDS_BY_KEY.set(pack, (byKey = index));
  }
  return byKey;
}

/**
 * `sentenceBounds`. Sentences split the text between words, so a sentence's content words are
 * those starting before its end (`sentenceEnds`) and after the sentences before it.
 */
function contentBounds(sentenceEnds: readonly number[], contentStarts: readonly number[]): number[] {
  const bounds = [0];
  let kept = 0;
  for (const end of sentenceEnds) {
    while (kept < contentStarts.length && contentStarts[kept] < end) kept++;
    bounds.push(kept);
  }
  return bounds;
}

function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function hasTimes(turn: { start?: number; end?: number }): turn is { start: number; end: number } {
  return typeof turn.start === 'number' && typeof turn.end === 'number';
}
