import type { ItemResult } from '../types.ts';
import { evidence, humanTurn, result, type ItemContext } from './context.ts';

/** Agent turns after the emotional customer turn that still count as acknowledging it "before moving on". */
const PROMPT_REPLY_TURNS = 2;

/**
 * n/a without a negative customer feeling; pass if an empathy statement follows the first
 * emotional customer turn (full score when it comes in the agent's next replies); else fail.
 */
export function scoreAcknowledgeEmotion(ctx: ItemContext): ItemResult {
  const { note } = ctx.pack.messages;
  const { explain } = ctx.pack.messages;
  const first = ctx.turns.find((t) => t.negativeEmotion);
  if (!first) return result(ctx, 'acknowledge_emotion', 'n/a', null, [], explain.emotion(null, null));
  const agentAfter = ctx.turns.filter((t) => t.index > first.index && t.speaker === 'agent' && !t.tags.includes('backchannel'));
  const empathy = agentAfter.find((t) => t.tags.includes('empathy'));
  if (!empathy) {
    const items = [evidence(first, note.emotion())];
    if (agentAfter[0]) items.push(evidence(agentAfter[0], note.noEmpathy()));
    return result(ctx, 'acknowledge_emotion', 'fail', 0, items, explain.emotion(humanTurn(first.index), null));
  }
  const prompt = agentAfter.indexOf(empathy) < PROMPT_REPLY_TURNS;
  const items = [evidence(empathy, prompt ? note.empathyAfter(humanTurn(first.index)) : note.empathyLate(humanTurn(first.index)), first.index)];
  const why = explain.emotion(humanTurn(first.index), humanTurn(empathy.index));
  return result(ctx, 'acknowledge_emotion', 'pass', prompt ? 100 : 70, items, why);
}
