/** Clip ranges and the focus items a session's clips point at (pure). */
import type { ItemId, ItemResult, ScoredTurn, Tag } from '../scoring/types.ts';
import { CONTEXT_AFTER, CONTEXT_BEFORE } from './moments.ts';

export interface ClipInput {
  callId: string;
  /** The moment picked; alone, the clip spans the same context a moment card shows. */
  turn?: number;
  fromTurn?: number;
  toTurn?: number;
  note?: string;
  kind: 'good' | 'poor';
}

export interface ClipRange { fromTurn: number; toTurn: number; focusTurn: number }

/** The clip's turn range within a call of `turnCount` turns, or what is wrong with it. */
export function clipRange(c: ClipInput, turnCount: number): ClipRange | string {
  const last = turnCount - 1;
  if (c.turn === undefined && c.fromTurn === undefined) return 'give "turn" or "fromTurn"';
  const focus = c.turn ?? c.fromTurn!;
  if (focus > last) return `turn ${focus} is outside the call (turns 0–${last})`;
  const fromTurn = c.fromTurn ?? Math.max(0, focus - CONTEXT_BEFORE);
  const toTurn = c.toTurn ?? (c.fromTurn !== undefined && c.turn === undefined ? c.fromTurn : Math.min(last, focus + CONTEXT_AFTER));
  if (fromTurn > toTurn) return `fromTurn ${fromTurn} is after toTurn ${toTurn}`;
  if (toTurn > last) return `turns ${fromTurn}–${toTurn} are outside the call (turns 0–${last})`;
  if (focus < fromTurn || focus > toTurn) return `turn ${focus} is outside the range ${fromTurn}–${toTurn}`;
  return { fromTurn, toTurn, focusTurn: focus };
}

const ITEM_OF_TAG: Partial<Record<Tag, ItemId>> = {
  interruption: 'interruptions',
  paraphrase: 'paraphrasing',
  followup: 'follow_up_questions',
  empathy: 'acknowledge_emotion',
  action: 'acts_on_what_was_said',
};

/**
 * Items a clip shows: those its agent turns are tagged for, and those whose evidence is the picked
 * turn itself (evidence elsewhere in the range, e.g. pacing, is too loose a hint).
 */
export function itemsShownBy(range: ClipRange, turns: ScoredTurn[], items: ItemResult[]): ItemId[] {
  const inRange = (i: number) => i >= range.fromTurn && i <= range.toTurn;
  const found = new Set<ItemId>();
  for (const t of turns) if (inRange(t.index)) for (const tag of t.tags) if (ITEM_OF_TAG[tag]) found.add(ITEM_OF_TAG[tag]!);
  for (const item of items) if (item.status !== 'n/a' && item.evidence.some((e) => e.turn === range.focusTurn)) found.add(item.id);
  return [...found];
}
