import type { LanguagePack } from '../lang/types.ts';
import { hasCue, type PreparedTurn } from './prepare.ts';

/** The customer voices frustration, anger, worry or disappointment. */
export function showsNegativeEmotion(turn: PreparedTurn, pack: LanguagePack): boolean {
  return turn.speaker === 'customer' && hasCue(turn, pack, 'negativeEmotion');
}

/** The agent names or validates the customer's feeling, or apologises for the situation. */
export function isEmpathyStatement(turn: PreparedTurn, pack: LanguagePack): boolean {
  return turn.speaker === 'agent' && hasCue(turn, pack, 'empathy');
}
