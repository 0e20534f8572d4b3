import type { ItemId, ItemResult } from '../types.ts';
import { scoreAcknowledgeEmotion } from './acknowledge-emotion.ts';
import { scoreActsOnWhatWasSaid } from './acts-on-what-was-said.ts';
import type { ItemContext } from './context.ts';
import { scoreFollowUpQuestions } from './follow-up-questions.ts';
import { scoreInterruptions } from './interruptions.ts';
import { scorePacing } from './pacing.ts';
import { scoreParaphrasing } from './paraphrasing.ts';

const ITEM_SCORERS: Record<ItemId, (ctx: ItemContext) => ItemResult> = {
  interruptions: scoreInterruptions,
  paraphrasing: scoreParaphrasing,
  follow_up_questions: scoreFollowUpQuestions,
  acknowledge_emotion: scoreAcknowledgeEmotion,
  acts_on_what_was_said: scoreActsOnWhatWasSaid,
  pacing: scorePacing,
};

/** Scores the rubric's enabled items, in the rubric's order. */
export function scoreItems(ctx: ItemContext): ItemResult[] {
  return (Object.keys(ctx.rubric.items) as ItemId[])
    .filter((id) => ctx.rubric.items[id].enabled && ITEM_SCORERS[id])
    .map((id) => ITEM_SCORERS[id](ctx));
}

/** Weighted mean (0–100) of the applicable items' scores; null when nothing applies. */
export function overallScore(items: ItemResult[], weights: Record<ItemId, { weight: number }>): number | null {
  let sum = 0;
  let total = 0;
  for (const item of items) {
    if (item.score === null) continue;
    const w = weights[item.id]?.weight ?? 1;
    sum += w * item.score;
    total += w;
  }
  return total > 0 ? Math.round(sum / total) : null;
}
