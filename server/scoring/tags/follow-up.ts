import type { LanguagePack } from '../lang/types.ts';
import { endsWithQuestionMark } from '../text.ts';
import { hasCue, type PreparedTurn } from './prepare.ts';
import { quotesCustomer } from './paraphrase.ts';
import type { QuestionFinding } from './questions.ts';
import type { SharedWords } from './shared-words.ts';

/** How far back (in turns) a question may build on the customer; within `REFLECTION_WINDOW`, which `SharedWords` covers. */
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
  words: SharedWords,
  question: QuestionFinding,
  pack: LanguagePack,
): number | undefined {
  if (question.confirmationOnly) return undefined;
  const inWindow = (c: PreparedTurn) => c.index >= turn.index - FOLLOW_UP_WINDOW && c.words.length >= 2;
  if (question.asked.length === 0) return takenUpDespiteDatum(turn, words, question, inWindow);
  const at = [...new Set(question.asked.map((s) => turn.sentences.indexOf(s)))];
  const source = words.best(words.sentences(...at), inWindow)?.turn.index;
  if (source !== undefined) return source;
  // "When you say…" points back at what the customer said, however long ago in the reflection window.
  const quoting = at.find((i) => quotesCustomer(turn, i, words, pack));
  if (quoting !== undefined) return words.best(words.sentences(quoting))?.turn.index;
  // An open question right after the customer explained something invites them to go on about it.
  const previous = lastCustomerSay(turns, turn, pack);
  const explained = previous !== undefined && previous.words.length >= EXPLAINED_WORDS;
  return question.kind === 'open' && explained ? previous.index : undefined;
}

/**
 * A question naming a routine datum still builds on the customer when it takes up several of
 * their words ("When they moved you to the new branch, did they send a new sort code?"): asking
 * for the datum itself ("Can I take the sort code?") takes up none, or one.
 */
function takenUpDespiteDatum(
  turn: PreparedTurn,
  words: SharedWords,
  question: QuestionFinding,
  inWindow: (c: PreparedTurn) => boolean,
): number | undefined {
  const asked = question.sentences[question.sentences.length - 1];
  // Unpunctuated, the sentence may run on from an apology or a restatement into the routine ask.
  if (!endsWithQuestionMark(asked)) return undefined;
  const found = words.best(words.sentences(turn.sentences.indexOf(asked)), inWindow);
  return found !== undefined && found.shared >= TAKEN_UP_WORDS ? found.turn.index : undefined;
}

/** How many of the customer's content words a question naming a datum takes up to build on them. */
const TAKEN_UP_WORDS = 3;

/**
 * The customer's last say before `turn`: the agent may have taken several turns since, and up to
 * two bare acknowledgements of them ("Mm-hmm.", "Yeah.", turns without a content word) or answers
 * to a routine question (an account number, a name) do not end what the customer was explaining.
 */
function lastCustomerSay(turns: PreparedTurn[], turn: PreparedTurn, pack: LanguagePack): PreparedTurn | undefined {
  let asides = 0;
  for (let j = turn.index - 1; j >= 0; j--) {
    const t = turns[j];
    if (t.speaker !== 'customer') continue;
    if ((t.content.length === 0 || answersRoutine(turns, t, pack)) && asides++ < MAX_ASIDES) continue;
    return t;
  }
  return undefined;
}

/** How many such asides (acknowledgements, routine answers) are looked past. */
const MAX_ASIDES = 2;

/** A customer turn this long explains something rather than answers a routine question. */
const EXPLAINED_WORDS = 12;

/**
 * The customer turn only answers the agent's routine question just before it ("Account number?"
 * "4471…"); one that goes on to explain ("It's KH-55… I had a desk delivered on Saturday, and…") does more.
 */
function answersRoutine(turns: PreparedTurn[], customer: PreparedTurn, pack: LanguagePack): boolean {
  if (customer.words.length >= EXPLAINED_WORDS) return false;
  const before = turns[customer.index - 1];
  return before !== undefined && before.speaker === 'agent' && hasCue(before, pack, 'scriptedQuestion');
}
