import type { PreparedTurn } from './prepare.ts';
import { hasTimes } from './prepare.ts';

export interface InterruptionFinding {
  turn: number;
  customerTurn: number;
  /** Seconds of overlap when timestamps show it; absent for a text cut-off. */
  overlapSec?: number;
}

/** A turn ending in a dash (two hyphens, an en or em dash, or a hyphen right after a letter): cut off mid-word or mid-sentence. */
function endsCutOff(text: string): boolean {
  const t = text.trimEnd();
  if (t.endsWith('--') || t.endsWith('—') || t.endsWith('–')) return true;
  return t.endsWith('-') && /\p{L}/u.test(t.slice(-2, -1));
}

/**
 * Agent turns that cut the customer off. With timestamps: the agent starts at least
 * `overlapSec` before a customer turn ends (earlier, terminal overlaps are normal turn-taking).
 * Also, with or without times, when the customer's previous turn is cut off by a dash: a
 * transcriber's explicit cut-off outweighs segment boundaries, which are imprecise. Backchannels are never
 * interruptions; the caller passes them in `backchannels`.
 */
export function detectInterruptions(
  turns: PreparedTurn[],
  backchannels: ReadonlySet<number>,
  overlapSec: number,
): InterruptionFinding[] {
  const found: InterruptionFinding[] = [];
  for (const turn of turns) {
    if (turn.speaker !== 'agent' || backchannels.has(turn.index)) continue;
    const finding = (hasTimes(turn) ? overlapFinding(turns, turn, overlapSec) : undefined) ?? cutOffFinding(turns, turn);
    if (finding) found.push(finding);
  }
  return found;
}

function overlapFinding(turns: PreparedTurn[], agent: PreparedTurn & { start: number }, overlapSec: number) {
  for (let j = agent.index - 1; j >= Math.max(0, agent.index - 3); j--) {
    const c = turns[j];
    if (c.speaker !== 'customer' || !hasTimes(c)) continue;
    const overlap = c.end - agent.start;
    if (c.start < agent.start && overlap >= overlapSec) {
      return { turn: agent.index, customerTurn: c.index, overlapSec: Math.round(overlap * 10) / 10 };
    }
  }
  return undefined;
}

function cutOffFinding(turns: PreparedTurn[], agent: PreparedTurn) {
  const previous = turns[agent.index - 1];
  // An agent turn opening with a dash carries on the customer's own sentence (helping with a
  // word search, finishing the thought): conversation analysts do not count that as competitive.
  if (previous?.speaker === 'customer' && endsCutOff(previous.text.trim()) && !/^\s*[-—–]/.test(agent.text)) {
    return { turn: agent.index, customerTurn: previous.index };
  }
  return undefined;
}
