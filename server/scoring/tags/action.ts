import type { LanguagePack } from '../lang/types.ts';
import type { PreparedTurn } from './prepare.ts';

export type ActionKind = 'action' | 'vague';

/** Clock times like "3pm", "10:30", «ساعت ۵» after digit normalisation. */
const CLOCK = /\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}/u;

/**
 * A concrete commitment: something the agent has done now ("I've refunded", «ثبت کردم»,
 * «تم تحديث»), or a first-person promise with a time ("I'll call you tomorrow at 10").
 * A promise without a time, or "we'll look into it", is only a vague promise.
 */
export function classifyAction(turn: PreparedTurn, pack: LanguagePack): ActionKind | undefined {
  if (turn.speaker !== 'agent') return undefined;
  const { actionDone, actionPromise, timeExpression, vaguePromise } = pack.cues;
  if (actionDone.test(turn.norm)) return 'action';
  const timed = timeExpression.test(turn.norm) || CLOCK.test(turn.norm);
  if (actionPromise.test(turn.norm) && timed) return 'action';
  if (vaguePromise.test(turn.norm) || actionPromise.test(turn.norm)) return 'vague';
  return undefined;
}
