import type { LanguagePack } from '../lang/types.ts';
import { withGlobal } from '../text.ts';
import { hasCue, type PreparedTurn } from './prepare.ts';

/**
 * The customer voices frustration, anger, worry or disappointment. A feeling named only to deny
 * it ("I'm not worried about the money, I just…") does not count; another one in the turn does.
 */
export function showsNegativeEmotion(turn: PreparedTurn, pack: LanguagePack): boolean {
  if (turn.speaker !== 'customer' || !hasCue(turn, pack, 'negativeEmotion')) return false;
  const denied = pack.cues.deniedEmotion;
  return denied === undefined || !denied.test(turn.norm) || pack.cues.negativeEmotion.test(turn.norm.replace(withGlobal(denied), ' '));
}

/** The agent names or validates the customer's feeling, or apologises for the situation. */
export function isEmpathyStatement(turn: PreparedTurn, pack: LanguagePack): boolean {
  return turn.speaker === 'agent' && hasCue(turn, pack, 'empathy');
}
