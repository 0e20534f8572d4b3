/** Which turns of one scored call are "moments" for a search, and the context shown around them. */
import type { ItemId, ItemResult, ItemStatus, ScoredTurn, Tag } from '../scoring/types.ts';

export const CONTEXT_BEFORE = 2;
export const CONTEXT_AFTER = 1;

export interface MomentQuery {
  tag?: Tag;
  item?: ItemId;
  status?: ItemStatus;
  /** Only agent turns right after a customer turn that voiced a negative feeling. */
  afterNegativeEmotion?: boolean;
}

export interface MomentMatch {
  turn: number;
  itemId: ItemId | null;
  status: ItemStatus | null;
  /** The evidence note, when the match comes from an item. */
  note: string | null;
}

export interface ContextTurn {
  index: number;
  speaker: ScoredTurn['speaker'];
  text: string;
  tags: Tag[];
  negativeEmotion?: boolean;
}

const followsNegative = (turns: ScoredTurn[], i: number) => i > 0 && turns[i - 1].speaker === 'customer' && turns[i - 1].negativeEmotion === true;

/**
 * Matching turns, in order. With an item: that item's evidence turns (the call's effective status
 * is checked by the caller); with a tag: agent turns carrying it; with neither: any tagged agent turn.
 */
export function matchTurns(turns: ScoredTurn[], items: ItemResult[], q: MomentQuery, effectiveStatus?: ItemStatus): MomentMatch[] {
  const keep = (i: number) => {
    const t = turns[i];
    if (!t) return false;
    if (q.tag && !t.tags.includes(q.tag)) return false;
    if (q.afterNegativeEmotion && !followsNegative(turns, i)) return false;
    return true;
  };
  if (q.item) {
    const item = items.find((it) => it.id === q.item);
    if (!item) return [];
    const seen = new Set<number>();
    return item.evidence.filter((e) => keep(e.turn) && !seen.has(e.turn) && seen.add(e.turn)).sort((a, b) => a.turn - b.turn)
      .map((e) => ({ turn: e.turn, itemId: item.id, status: effectiveStatus ?? item.status, note: e.note }));
  }
  return turns.filter((t) => t.speaker === 'agent' && (q.tag || t.tags.length > 0) && keep(t.index))
    .map((t) => ({ turn: t.index, itemId: null, status: null, note: null }));
}

/** The turn itself and its neighbours, trimmed to what a card shows. */
export function contextOf(turns: ScoredTurn[], index: number) {
  const lite = (t: ScoredTurn): ContextTurn => ({
    index: t.index, speaker: t.speaker, text: t.text, tags: t.tags, ...(t.negativeEmotion ? { negativeEmotion: true } : {}),
  });
  return {
    before: turns.slice(Math.max(0, index - CONTEXT_BEFORE), index).map(lite),
    after: turns.slice(index + 1, index + 1 + CONTEXT_AFTER).map(lite),
  };
}
