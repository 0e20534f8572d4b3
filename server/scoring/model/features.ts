import { charTable, IS_WORD_CHAR, WHITESPACE, wordRunEnd } from '../text.ts';
/**
 * Features for the listener-behaviour model: which words open the turn, which words it
 * uses, its punctuation and length, and how much it reuses the speaker-before's words
 * (with I→you swapped, since a reflection turns "I feel" into "you feel").
 */

// A Map, not an object: a word like "constructor" finds nothing, and looking up a new string
// as an object key costs more (every word of every context turn is looked up).
const SWAP = new Map(Object.entries({ i: 'you', me: 'you', my: 'your', mine: 'yours', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", myself: 'yourself', we: 'you', our: 'your', us: 'you' }));

const FEATURE_STOPWORDS = new Set(
  'the a an and or but so to of in on at for with it is was be are this that there just really very um uh like you know'.split(' '),
);

/** The model's words: lower-cased, with at most one inner apostrophe (curly ones made straight). */
export function modelWords(text: string): string[] {
  const words: string[] = [];
  scanTokens(text, words);
  return words;
}

/**
 * Reads the model's words into `words` and returns how many question marks came between them:
 * the tokens of `[W]+(?:'[W]+)?|[?]`, read by a scan over a table rather than a global regex
 * match (this runs on most English agent turns and on the customer turns before them).
 */
function scanTokens(text: string, words: string[]): number {
  let lower = text.toLowerCase();
  if (lower.includes('’') || lower.includes('‘')) lower = lower.replace(/[’‘]/g, "'");
  let questionMarks = 0;
  let i = 0;
  while (i < lower.length) {
    const c = lower.charCodeAt(i);
    if (IS_WORD_CHAR[c] === 1) {
      const start = i;
      i = wordRunEnd(lower, i);
      // One inner apostrophe ("don't"); at a second one the word ends ("rock'n'roll" → "rock'n", "roll").
      if (lower.charCodeAt(i) === APOSTROPHE && IS_WORD_CHAR[lower.charCodeAt(i + 1)] === 1) i = wordRunEnd(lower, i + 1);
      words.push(lower.slice(start, i));
    } else {
      if (c === QUESTION_MARK) questionMarks++;
      i++;
    }
  }
  return questionMarks;
}

const APOSTROPHE = 0x27;
const QUESTION_MARK = 0x3f;

/** Receives each feature as a group ("w", "b0", "len"…) and a key within it ("" for single features like "bias"). */
export type FeatureSink = (group: string, key: string) => void;

const LEAD_FILLERS = new Set(['okay', 'ok', 'mm', 'hmm', 'yeah', 'um', 'uh', 'well', 'right', 'alright']);
const FILLERS = new Set(['okay', 'ok', 'mm', 'hmm', 'mhm', 'mm-hmm', 'uh-huh', 'yeah', 'yes', 'um', 'uh', 'er', 'erm', 'well', 'right', 'alright', 'sure', 'oh', 'ah', 'so']);

/**
 * Emits the turn's features one by one: the classifier looks each up as it comes, without
 * building the "group:key" strings (the scorer runs this on most English agent turns).
 */
export function visitBehaviourFeatures(text: string, context: string | BehaviourContext, emit: FeatureSink): void {
  const words: string[] = [];
  const questionMarks = scanTokens(text, words);
  // The first six words that are not lead fillers: four opening words and their bigrams.
  const lead: string[] = [];
  for (let i = 0; i < words.length && lead.length < 6; i++) if (!LEAD_FILLERS.has(words[i])) lead.push(words[i]);
  emit('bias', '');
  for (let i = 0; i < Math.min(lead.length, 4); i++) emit(B_GROUPS[i], lead[i]);
  for (let i = 0; i + 1 < lead.length; i++) emit('bb', `${lead[i]}_${lead[i + 1]}`);
  // Fillers ("yeah", "okay", "right"…) make up most short acknowledgements, but run through
  // real reflections and questions too: in a longer turn they say nothing about what it does.
  const long = words.length >= 5;
  for (const w of distinct(words)) if (!long || !FILLERS.has(w)) emit('w', w);
  let ends = 0;
  for (let i = words.length - 1; i >= 0 && ends < 3; i--) {
    if (long && FILLERS.has(words[i])) continue;
    emit('e', words[i]);
    ends++;
  }
  emit('q', DIGITS[Math.min(questionMarks, 2)]);
  const first = firstNonSpace(text);
  const last = lastNonSpace(text);
  const qend = last === '?';
  if (qend) emit('q', 'end');
  // Only short turns are told apart by length: real reflections and questions run as long as explanations do.
  emit('len', DIGITS[bucket(words.length, LENGTH_EDGES)]);
  let you = 0;
  for (const w of words) if (w.startsWith('you')) you++;
  emit('you', DIGITS[Math.min(you, 3)]);
  emit('overlap', DIGITS[bucket(overlap(words, typeof context === 'string' ? behaviourContext(context) : context), OVERLAP_EDGES)]);
  // Among turns ending in "?", length still tells a quick echo ("Every night?") from a question or a long reflection.
  if (qend) emit('lenq', DIGITS[bucket(words.length, QUESTION_LENGTH_EDGES)]);
  if (DASHES.includes(first)) emit('continuation', '');
  // Short cut-off turns are mostly fillers ("-so, um-"); a long one was cut off mid-sentence, whatever it was doing.
  if (DASHES.includes(last)) emit('cutoff', long ? 'long' : '');
}

/** The words without repeats, in order of first use: for a turn of a few dozen words a scan costs less than building a set. */
function distinct(words: readonly string[]): string[] {
  if (words.length > 64) return [...new Set(words)];
  const found: string[] = [];
  for (const w of words) if (!found.includes(w)) found.push(w);
  return found;
}

const DIGITS = ['0', '1', '2', '3', '4', '5'];
const DASHES = ['-', '—', '–'];
/** Bucket edges (see `bucket`) of the length, overlap and question-length features. */
const LENGTH_EDGES = [2, 4, 8];
const OVERLAP_EDGES = [0.05, 0.15, 0.3, 0.5];
const QUESTION_LENGTH_EDGES = [4, 8, 14, 25];

/** The first and last characters that are not whitespace ('' for a blank text). */
function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) if (IS_SPACE[text.charCodeAt(i)] === 0) return text[i];
  return '';
}
function lastNonSpace(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (IS_SPACE[text.charCodeAt(i)] === 0) return text[i];
  return '';
}

const IS_SPACE = charTable(WHITESPACE);

const B_GROUPS = ['b0', 'b1', 'b2', 'b3'];

/** The features as "group:key" strings (the training script's view). */
export function behaviourFeatures(text: string, context: string | BehaviourContext): string[] {
  const f: string[] = [];
  visitBehaviourFeatures(text, context, (group, key) => f.push(key === '' ? group : `${group}:${key}`));
  return f;
}

/** Share of the turn's content words found in the context (after I→you swapping; long words by their first five letters). */
function overlap(words: string[], ctx: BehaviourContext): number {
  let content = 0;
  let found = 0;
  for (const w of words) {
    if (w.length <= 2 || FEATURE_STOPWORDS.has(w)) continue;
    content++;
    if (ctx.has(overlapKey(w))) found++;
  }
  return content === 0 ? 0 : found / content;
}

const overlapKey = (w: string) => (w.length > 4 ? w.slice(0, 5) : w);

/** What the model needs of the context: its words' keys, after I→you swapping. Build once per context turn. */
export type BehaviourContext = ReadonlySet<string>;

export function behaviourContext(context: string): BehaviourContext {
  const keys = new Set<string>();
  for (const word of modelWords(context)) {
    const w = SWAP.get(word) ?? word;
    // `overlap` never asks about words of two letters or fewer.
    if (w.length > 2 && !FEATURE_STOPWORDS.has(w)) keys.add(overlapKey(w));
  }
  return keys;
}

/** A customer turn of at most this many words ("Yeah.", "I guess so.") says too little to reflect: the listener reflects what came before it. */
export const SHORT_CONTEXT_WORDS = 5;
/** How many customer turns, most recent first, a context gathers at most. */
export const MAX_CONTEXT_TURNS = 3;

/**
 * The context for a listener's turn from the customer's turns before it, most recent first:
 * the last one, and while that (and each one before it) is short, the one before too.
 */
export function gatherContext<T>(turns: Iterable<T>, view: (turn: T) => { context: BehaviourContext; words: number }): BehaviourContext {
  let first: BehaviourContext | undefined;
  let merged: Set<string> | undefined;
  let n = 0;
  for (const turn of turns) {
    const { context, words } = view(turn);
    if (!first) first = context;
    else {
      merged ??= new Set(first);
      for (const k of context) merged.add(k);
    }
    if (words > SHORT_CONTEXT_WORDS || ++n >= MAX_CONTEXT_TURNS) break;
  }
  return merged ?? first ?? EMPTY_CONTEXT;
}

const EMPTY_CONTEXT: BehaviourContext = new Set();

/** `gatherContext` over texts (the customer's turns before the listener's, most recent first), as training sees them. */
export function gatherTextContext(texts: readonly string[]): BehaviourContext {
  return gatherContext(texts, (text) => ({ context: behaviourContext(text), words: modelWords(text).length }));
}

function bucket(x: number, edges: number[]): number {
  let i = 0;
  while (i < edges.length && x >= edges[i]) i++;
  return i;
}
