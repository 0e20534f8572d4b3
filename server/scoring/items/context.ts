import type { LanguagePack } from '../lang/types.ts';
import type { PreparedTurn } from '../tags/prepare.ts';
import type { Evidence, ItemId, ItemResult, ItemStatus, Metrics, Rubric, ScoredTurn } from '../types.ts';

export interface ItemContext {
  turns: ScoredTurn[];
  prepared: PreparedTurn[];
  pack: LanguagePack;
  rubric: Rubric;
  metrics: Metrics;
}

const QUOTE_MAX = 160;

export function quote(turn: ScoredTurn): string {
  const text = turn.text.trim();
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

/** Turn numbers in notes and tips count from 1, as people (and the dashboard) do; `turn` fields stay 0-based. */
export function humanTurn(index: number): number {
  return index + 1;
}

export function evidence(turn: ScoredTurn, note: string, refersTo?: number): Evidence {
  const e: Evidence = { turn: turn.index, quote: quote(turn), note };
  if (refersTo !== undefined) e.refersTo = refersTo;
  return e;
}

export function result(
  ctx: ItemContext,
  id: ItemId,
  status: ItemStatus,
  score: number | null,
  items: Evidence[],
  explanation?: string,
): ItemResult {
  const r: ItemResult = {
    id,
    status,
    score: score === null ? null : Math.max(0, Math.min(100, Math.round(score))),
    evidence: items,
    tip: status === 'pass' || status === 'n/a' ? '' : ctx.pack.messages.tip[id],
  };
  if (explanation) r.explanation = explanation;
  return r;
}

/** Customer turns long enough to hold something worth reflecting or asking about. */
export function substantiveCustomerTurns(ctx: ItemContext): number {
  return ctx.prepared.filter((t) => t.speaker === 'customer' && t.words.length >= 12).length;
}

/**
 * What a failing item keeps: `most` points when the customer explained nothing at length, less
 * for each long customer turn (`substantiveCustomerTurns`) left without a reply of the kind, none at ten.
 */
export function failPointsLeft(most: number, substantiveTurns: number): number {
  return most * Math.max(0, 1 - substantiveTurns / UNANSWERED_TO_ZERO);
}

const UNANSWERED_TO_ZERO = 10;
