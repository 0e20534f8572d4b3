/** When each turn of a recorded call would reach a live socket: at the end of its speech, scaled by speed. */
import type { Turn } from '../scoring/types.ts';

/** Speaking rate assumed for transcripts without timestamps. */
export const REPLAY_WORDS_PER_SEC = 2.5;

export interface PlannedSegment {
  /** Milliseconds after the call starts. */
  atMs: number;
  seq: number;
  turn: Turn;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function planReplay(turns: Turn[], speed = 1): PlannedSegment[] {
  let clock = 0;
  let last = 0;
  return turns.map((turn, i) => {
    clock += wordCount(turn.text) / REPLAY_WORDS_PER_SEC;
    const spoken = turn.end ?? turn.start ?? clock;
    last = Math.max(last, spoken);
    return { atMs: (last / speed) * 1000, seq: i + 1, turn };
  });
}
