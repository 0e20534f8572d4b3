import type { ItemResult, ScoredTurn } from '../types.ts';
import { evidence, humanTurn, result, type ItemContext } from './context.ts';

type Severity = 'warn' | 'fail';

/**
 * Pacing from the talk metrics: share of talk above the rubric maximum (fail 15 points
 * beyond), a monologue longer than the maximum (fail at twice), a rate outside the
 * listening band, lecturing (too many turns spent advising; the score falls with advice
 * from half that share), and closing right after an unanswered customer question (fail).
 */
export function scorePacing(ctx: ItemContext): ItemResult {
  const { note } = ctx.pack.messages;
  const t = ctx.rubric.thresholds;
  const m = ctx.metrics;
  const problems: { severity: Severity; text: string; turn?: ScoredTurn }[] = [];

  if (m.agentTalkShare !== null && m.agentTalkShare > t.maxTalkShare) {
    problems.push({ severity: m.agentTalkShare > t.maxTalkShare + 0.15 ? 'fail' : 'warn', text: note.talkShare(m.agentTalkShare, t.maxTalkShare) });
  }
  if (m.longestAgentMonologueSec !== null && m.longestAgentMonologueSec > t.maxMonologueSec) {
    problems.push({
      severity: m.longestAgentMonologueSec > 2 * t.maxMonologueSec ? 'fail' : 'warn',
      text: note.monologue(m.longestAgentMonologueSec, t.maxMonologueSec),
      turn: longestAgentTurn(ctx),
    });
  }
  if (m.agentWordsPerMinute !== null && (m.agentWordsPerMinute < t.minWpm * 0.8 || m.agentWordsPerMinute > t.maxWpm)) {
    problems.push({ severity: 'warn', text: note.wpm(m.agentWordsPerMinute, t.minWpm, t.maxWpm) });
  }
  const adviceShare = m.agentTurns > 0 ? m.adviceTurns / m.agentTurns : 0;
  if (m.adviceTurns >= 2 && adviceShare > t.maxAdviceShare) {
    problems.push({ severity: adviceShare > 1.75 * t.maxAdviceShare ? 'fail' : 'warn', text: note.lecturing(adviceShare) });
  }
  const openQuestion = closedOnOpenQuestion(ctx);
  if (openQuestion) {
    problems.push({ severity: 'fail', text: note.closedWithOpenQuestion(humanTurn(openQuestion.customer.index)), turn: openQuestion.closing });
  }

  const explanation = problems.length ? problems.map((p) => p.text).join('; ') : note.pacingOk();
  // Talk share also grades passing calls: listening means the customer gets the floor.
  const shareBonus = m.agentTalkShare === null ? 0 : Math.max(0, Math.min(20, (t.maxTalkShare - m.agentTalkShare) * 60));
  // Telling costs points before it is lecturing: each point of advice share above half the limit costs one.
  const tellingCost = 100 * Math.max(0, adviceShare - t.maxAdviceShare / 2);
  if (problems.length === 0) return result(ctx, 'pacing', 'pass', 80 + shareBonus - tellingCost, [], explanation);
  const fails = problems.filter((p) => p.severity === 'fail').length;
  const score = 100 - 30 * (problems.length - fails) - 55 * fails - tellingCost;
  const anchor = problems.find((p) => p.turn)?.turn ?? firstAgentTurn(ctx);
  const items = problems.map((p) => evidence(p.turn ?? anchor!, p.text)).filter((e) => e.turn !== undefined);
  return result(ctx, 'pacing', fails > 0 ? 'fail' : 'warn', score, items, explanation);
}

function longestAgentTurn(ctx: ItemContext): ScoredTurn | undefined {
  return ctx.turns
    .filter((t) => t.speaker === 'agent')
    .reduce<ScoredTurn | undefined>((a, t) => (!a || t.text.length > a.text.length ? t : a), undefined);
}

function firstAgentTurn(ctx: ItemContext): ScoredTurn | undefined {
  return ctx.turns.find((t) => t.speaker === 'agent');
}

/** A customer question answered only by a short goodbye. */
function closedOnOpenQuestion(ctx: ItemContext): { customer: ScoredTurn; closing: ScoredTurn } | undefined {
  for (const closing of ctx.prepared) {
    if (closing.speaker !== 'agent' || closing.words.length > 12) continue;
    const before = ctx.prepared[closing.index - 1];
    // The closing cue last: it is the costly test.
    if (before?.speaker === 'customer' && /[?؟]/.test(before.text) && ctx.pack.cues.closing.test(closing.norm)) {
      return { customer: ctx.turns[before.index], closing: ctx.turns[closing.index] };
    }
  }
  return undefined;
}
