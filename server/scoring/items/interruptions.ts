import { hasTimes } from '../tags/prepare.ts';
import type { ItemResult } from '../types.ts';
import { evidence, result, type ItemContext } from './context.ts';

export function scoreInterruptions(ctx: ItemContext): ItemResult {
  const { note } = ctx.pack.messages;
  const { interruptionWarnAt, interruptionFailAt } = ctx.rubric.thresholds;
  const found = ctx.turns.filter((t) => t.tags.includes('interruption'));
  const items = found.map((t) => {
    const overlap = overlapSeconds(ctx, t.index);
    return evidence(t, overlap !== undefined ? note.overlap(overlap) : note.cutOff());
  });
  const n = found.length;
  const why = ctx.pack.messages.explain.interruptions(n, ctx.metrics.customerTurns, interruptionWarnAt, interruptionFailAt);
  if (n >= interruptionFailAt) return result(ctx, 'interruptions', 'fail', Math.min(40, scoreByRate(n, ctx.metrics.customerTurns)), items, why);
  // A warning stays between a pass and a fail: 40–70.
  if (n >= interruptionWarnAt) return result(ctx, 'interruptions', 'warn', Math.max(40, Math.min(70, scoreByRate(n, ctx.metrics.customerTurns))), items, why);
  return result(ctx, 'interruptions', 'pass', 100, [], why);
}

/**
 * The status counts interruptions (SPEC §1); within it, the score says how often the customer
 * was cut off: two in a ten-turn call are a habit, two in a hundred turns are slips. Cutting off
 * one customer turn in ten costs 60 points.
 */
function scoreByRate(interruptions: number, customerTurns: number): number {
  return 100 - 600 * (interruptions / Math.max(1, customerTurns));
}

function overlapSeconds(ctx: ItemContext, index: number): number | undefined {
  const agent = ctx.turns[index];
  if (!hasTimes(agent)) return undefined;
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const c = ctx.turns[j];
    if (c.speaker === 'customer' && hasTimes(c) && c.end > agent.start) return c.end - agent.start;
  }
  return undefined;
}
