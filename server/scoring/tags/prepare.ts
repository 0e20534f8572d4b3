import type { LanguagePack } from '../lang/types.ts';
import { mightMatch, splitSentences, stemKey, wordKeys, words, type WordKeys } from '../text.ts';
import type { Turn } from '../types.ts';

/** A turn with the normalised views every tagger needs, computed once. */
export interface PreparedTurn {
  index: number;
  speaker: Turn['speaker'];
  text: string;
  start?: number;
  end?: number;
  norm: string;
  words: string[];
  content: string[];
  /** Normalised sentences, each with its original terminal punctuation. */
  sentences: string[];
  /** Comparison keys of the content words (see `stemKey`). */
  contentKeys: ReadonlySet<string>;
  /** Cue tests already run on this turn, by cue name: each pattern runs once per turn. */
  cueCache: Map<string, boolean>;
  /** Word keys for the cue prefilter, built on first use (see `mightMatch`). */
  wordKeys?: WordKeys;
}

export function prepareTurn(turn: Turn, index: number, pack: LanguagePack): PreparedTurn {
  const norm = pack.normalize(turn.text);
  const ws = words(norm);
  const content = contentWords(ws, pack);
  return {
    index,
    speaker: turn.speaker,
    text: turn.text,
    start: turn.start,
    end: turn.end,
    norm,
    words: ws,
    content,
    sentences: splitSentences(norm),
    contentKeys: new Set(content.map(stemKey)),
    cueCache: new Map(),
  };
}

/** Whether the pack's cue matches the turn, computed once per turn and cue. */
export function hasCue(turn: PreparedTurn, pack: LanguagePack, cue: keyof LanguagePack['cues']): boolean {
  let hit = turn.cueCache.get(cue);
  if (hit === undefined) {
    const re = pack.cues[cue];
    hit = re !== undefined && mightMatch(re, (turn.wordKeys ??= wordKeys(turn.words))) && re.test(turn.norm);
    turn.cueCache.set(cue, hit);
  }
  return hit;
}

/** Words that carry meaning (no stopwords or bare numbers), stemmed where the pack can. */
export function contentWords(ws: string[], pack: LanguagePack): string[] {
  const kept = ws.filter((w) => w.length >= 3 && !pack.stopwords.has(w) && !/^\d+$/.test(w));
  return pack.stem ? kept.map((w) => pack.stem!(w)) : kept;
}

export function hasTimes(turn: { start?: number; end?: number }): turn is { start: number; end: number } {
  return typeof turn.start === 'number' && typeof turn.end === 'number';
}
