import type { ItemResult } from '../types.ts';
import { evidence, failPointsLeft, humanTurn, result, substantiveCustomerTurns, type ItemContext } from './context.ts';

/**
 * Pass with one follow-up question; the score grows with follow-ups and open questions. A fail
 * keeps a few points for asking at all, and costs more the more the customer explained (as
 * for paraphrasing: there was more to build on).
 */
export function scoreFollowUpQuestions(ctx: ItemContext): ItemResult {
  const { note } = ctx.pack.messages;
  const followUps = ctx.turns.filter((t) => t.tags.includes('followup'));
  const questions = ctx.turns.filter((t) => t.tags.some((g) => g.startsWith('question:')));
  const why = ctx.pack.messages.explain.followUps(followUps.length, questions.length, ctx.metrics.openQuestions);
  const explained = substantiveCustomerTurns(ctx);
  if (followUps.length === 0) {
    const items = questions.slice(0, 3).map((t) => evidence(t, note.onlyScripted(questions.length)));
    const score = (questions.length > 0 ? 15 : 0) + failPointsLeft(20, explained);
    return result(ctx, 'follow_up_questions', 'fail', score, items, questions.length ? why : note.noFollowUp());
  }
  const expected = Math.max(1, explained / 4);
  const openShare = ctx.metrics.questions > 0 ? ctx.metrics.openQuestions / ctx.metrics.questions : 0;
  const score = 55 + 35 * Math.min(1, followUps.length / expected) + 10 * Math.min(1, openShare * 2);
  const items = followUps.map((t) => evidence(t, note.followUpOn(humanTurn(t.refersTo ?? t.index - 1)), t.refersTo));
  return result(ctx, 'follow_up_questions', 'pass', score, items, why);
}
