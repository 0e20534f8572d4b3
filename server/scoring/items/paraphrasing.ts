import type { ItemResult } from '../types.ts';
import { evidence, failPointsLeft, humanTurn, result, substantiveCustomerTurns, type ItemContext } from './context.ts';

/**
 * Pass with one paraphrase (SPEC §1); the score grows with how often the agent reflects: once
 * for every three long customer turns, and at least as often as the agent advises or informs
 * (telling without checking what was understood is not listening). A fail costs more the more
 * the customer explained: each long customer turn left unreflected takes points from a failing
 * score that starts at 40.
 */
export function scoreParaphrasing(ctx: ItemContext): ItemResult {
  const { note } = ctx.pack.messages;
  const found = ctx.turns.filter((t) => t.tags.includes('paraphrase'));
  const opportunities = substantiveCustomerTurns(ctx);
  const why = ctx.pack.messages.explain.paraphrasing(found.length, opportunities);
  if (found.length === 0) {
    const longest = longestCustomerTurn(ctx);
    return result(ctx, 'paraphrasing', 'fail', failPointsLeft(40, opportunities), longest ? [evidence(longest, note.noParaphrase())] : [], why);
  }
  const expected = Math.max(1, opportunities / 3, ctx.metrics.adviceTurns);
  const score = 60 + 40 * Math.min(1, found.length / expected);
  const items = found.map((t) => evidence(t, note.paraphraseOf(humanTurn(t.refersTo ?? t.index - 1)), t.refersTo));
  return result(ctx, 'paraphrasing', 'pass', score, items, why);
}

function longestCustomerTurn(ctx: ItemContext) {
  return ctx.turns
    .filter((t) => t.speaker === 'customer')
    .reduce<(typeof ctx.turns)[number] | undefined>((a, t) => (!a || t.text.length > a.text.length ? t : a), undefined);
}
