import type { LanguagePack } from '../lang/types.ts';
import type { PreparedTurn } from './prepare.ts';

/** The customer voices frustration, anger, worry or disappointment. */
export function showsNegativeEmotion(turn: PreparedTurn, pack: LanguagePack): boolean {
  return turn.speaker === 'customer' && pack.cues.negativeEmotion.test(turn.norm);
}

/** The agent names or validates the customer's feeling, or apologises for the situation. */
export function isEmpathyStatement(turn: PreparedTurn, pack: LanguagePack): boolean {
  return turn.speaker === 'agent' && pack.cues.empathy.test(turn.norm);
}
