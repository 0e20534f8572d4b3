import type { StemKey } from '../text.ts';
import type { PreparedTurn } from './prepare.ts';

/** Stretches of an agent turn's content words, each [from, to) in `turn.content`. */
export type Stretches = readonly (readonly [from: number, to: number])[];

/**
 * Which content words an agent turn shares with the customer turns before it, looked up once
 * per agent turn: the paraphrase and follow-up rules then ask about the whole turn, single
 * sentences and the question sentences, against one customer turn or any of them, by bit tests
 * instead of set look-ups. A word counts once however often it occurs; two words with one
 * comparison key both count (see `stemKey`).
 */
export class SharedWords {
  /** Per content word of the turn, bit i set when `sources[i]` has its comparison key. */
  private readonly masks: number[];
  /** Per shared content word (mask not 0), where the same word last occurred before it in the turn, or -1. */
  private readonly previous: number[];
  /** All of the turn's content words. */
  readonly wholeTurn: Stretches;
  private wholeTurnCounts?: number[];

  /** `sources`: customer turns before the agent turn, most recent first (at most 31). */
  constructor(private readonly turn: PreparedTurn, readonly sources: readonly PreparedTurn[]) {
    this.wholeTurn = [[0, turn.content.length]];
    this.masks = turn.contentKeys.map((key) => this.sourcesWith(key));
    // Only shared words are ever counted, and an earlier occurrence of one is shared too.
    const shared: number[] = [];
    this.previous = this.masks.map((mask, at) => {
      if (mask === 0) return -1;
      let p = shared.length - 1;
      while (p >= 0 && turn.content[shared[p]] !== turn.content[at]) p--;
      shared.push(at);
      return p < 0 ? -1 : shared[p];
    });
  }

  /** Bits of the sources whose content keys include `key`. */
  private sourcesWith(key: StemKey): number {
    let mask = 0;
    for (let i = 0; i < this.sources.length; i++) if (this.sources[i].contentKeys.includes(key)) mask |= 1 << i;
    return mask;
  }

  /** The content words of the turn's sentences at `indices` (no index twice). */
  sentences(...indices: number[]): Stretches {
    const bounds = this.turn.sentenceBounds;
    return indices.map((i) => [bounds[i], bounds[i + 1]] as const);
  }

  /** The source (among those `accept`ed) sharing most words with `stretches`; the most recent on a tie. */
  best(stretches: Stretches, accept?: (source: PreparedTurn) => boolean): { turn: PreparedTurn; shared: number } | undefined {
    const counts = this.count(stretches);
    let best = -1;
    for (let i = 0; i < this.sources.length; i++) {
      if (counts[i] > (best < 0 ? 0 : counts[best]) && (!accept || accept(this.sources[i]))) best = i;
    }
    return best < 0 ? undefined : { turn: this.sources[best], shared: counts[best] };
  }

  /** How many words of `stretches` some source has (a summary gathers several customer turns). */
  sharedWithAny(stretches: Stretches): number {
    return this.count(stretches)[this.sources.length];
  }

  /** Shared words of `stretches` per source, and with any source in the last entry (for the whole turn, counted once). */
  private count(stretches: Stretches): number[] {
    if (stretches === this.wholeTurn) return (this.wholeTurnCounts ??= this.countIn(stretches));
    return this.countIn(stretches);
  }

  private countIn(stretches: Stretches): number[] {
    const counts = new Array<number>(this.sources.length + 1).fill(0);
    for (const [from, to] of stretches) {
      for (let at = from; at < to; at++) {
        const mask = this.masks[at];
        if (mask === 0 || this.repeats(at, stretches)) continue;
        counts[this.sources.length]++;
        for (let i = 0; i < this.sources.length; i++) if (mask & (1 << i)) counts[i]++;
      }
    }
    return counts;
  }

  /** Whether the word at `at` already occurred earlier within `stretches`. */
  private repeats(at: number, stretches: Stretches): boolean {
    for (let p = this.previous[at]; p >= 0; p = this.previous[p]) {
      if (stretches.some(([from, to]) => p >= from && p < to)) return true;
    }
    return false;
  }
}
