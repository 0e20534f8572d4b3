import type { LanguagePack } from '../lang/types.ts';
import { endsWithQuestionMark } from '../text.ts';
import type { PreparedTurn } from './prepare.ts';

/**
 * A short turn made only of continuers ("mm-hmm", «اوهوم», «نعم نعم») while the customer talks:
 * listening, not taking the floor. `previous` is the turn before; the agent's opening «بفرمایید»
 * or "yes" before the customer has said anything continues nothing.
 */
export function isBackchannel(turn: PreparedTurn, previous: PreparedTurn | undefined, pack: LanguagePack): boolean {
  if (turn.speaker !== 'agent' || previous?.speaker !== 'customer' || turn.words.length === 0 || turn.words.length > 4) return false;
  // "Yes." after the customer asked something answers it.
  if (/[?؟]/.test(turn.text) || endsWithQuestionMark(previous.text)) return false;
  return turn.words.every((w) => pack.backchannelWords.has(w) || /^(h?m+(?:h?m+)?|uh|huh|ah+|oh+)$/.test(w));
}
