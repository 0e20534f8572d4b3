import type { LanguagePack } from '../lang/types.ts';
import type { PreparedTurn } from './prepare.ts';

/** A short turn made only of continuers ("mm-hmm", «اوهوم», «نعم نعم»): listening, not taking the floor. */
export function isBackchannel(turn: PreparedTurn, pack: LanguagePack): boolean {
  if (turn.speaker !== 'agent' || turn.words.length === 0 || turn.words.length > 4) return false;
  if (/[?؟]/.test(turn.text)) return false;
  return turn.words.every((w) => pack.backchannelWords.has(w) || /^(h?m+(?:h?m+)?|uh|huh|ah+|oh+)$/.test(w));
}
