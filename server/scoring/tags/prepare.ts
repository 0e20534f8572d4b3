import type { LanguagePack } from '../lang/types.ts';
import { splitSentences, words } from '../text.ts';
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
}

export function prepareTurn(turn: Turn, index: number, pack: LanguagePack): PreparedTurn {
  const norm = pack.normalize(turn.text);
  const ws = words(norm);
  return {
    index,
    speaker: turn.speaker,
    text: turn.text,
    start: turn.start,
    end: turn.end,
    norm,
    words: ws,
    content: contentWords(ws, pack),
    sentences: splitSentences(norm),
  };
}

/** Words that carry meaning (no stopwords or bare numbers), stemmed where the pack can. */
export function contentWords(ws: string[], pack: LanguagePack): string[] {
  const kept = ws.filter((w) => w.length >= 3 && !pack.stopwords.has(w) && !/^\d+$/.test(w));
  return pack.stem ? kept.map((w) => pack.stem!(w)) : kept;
}

export function hasTimes(turn: { start?: number; end?: number }): turn is { start: number; end: number } {
  return typeof turn.start === 'number' && typeof turn.end === 'number';
}
