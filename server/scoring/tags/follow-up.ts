import type { LanguagePack } from '../lang/types.ts';
import { distinctKeys } from '../text.ts';
import { bestSource, recentCustomerTurns } from './paraphrase.ts';
import type { PreparedTurn } from './prepare.ts';
import type { QuestionFinding } from './questions.ts';

const FOLLOW_UP_WINDOW = 6;

/**
 * A question builds on the customer when the question itself picks up a content word the
 * customer used in the last few turns, and it is not a routine script question (name,
 * number, "anything else?") nor only a check of the agent's own summary.
 * Returns the customer turn it builds on.
 */
export function followUpSource(
  turns: PreparedTurn[],
  turn: PreparedTurn,
  question: QuestionFinding,
  pack: LanguagePack,
): number | undefined {
  if (question.confirmationOnly) return undefined;
  const asked = question.sentences.filter((s) => !pack.cues.scriptedQuestion.test(s));
  if (asked.length === 0) return undefined;
  const content = asked.flatMap((s) => turn.sentenceContent(s));
  const sources = recentCustomerTurns(turns, turn, FOLLOW_UP_WINDOW).filter((c) => c.words.length >= 2);
  const source = bestSource(distinctKeys(content), sources)?.turn.index;
  if (source !== undefined) return source;
  // An open question right after the customer explained something invites them to go on about it.
  const previous = turns[turn.index - 1];
  const explained = previous?.speaker === 'customer' && previous.words.length >= EXPLAINED_WORDS;
  return question.kind === 'open' && explained ? previous.index : undefined;
}

/** A customer turn this long explains something rather than answers a routine question. */
const EXPLAINED_WORDS = 12;
