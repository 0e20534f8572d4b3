import type { LanguagePack } from '../lang/types.ts';
import { derivedPattern, endsWithQuestionMark } from '../text.ts';
import { hasCue, mayHaveCue, OPENING_LENGTH, type PreparedTurn } from './prepare.ts';
import { isCheckedSummary, type QuestionFinding } from './questions.ts';
import type { SharedWords } from './shared-words.ts';

/** How far back (in turns) an agent may reflect what the customer said. */
export const REFLECTION_WINDOW = 8;
/** Evidence needed, in points; see `paraphraseEvidence`. */
export const PARAPHRASE_THRESHOLD = 2;
/** Within this margin of the threshold the rules are unsure (an LLM judge may look). */
export const PARAPHRASE_UNSURE_MARGIN = 0.75;

export interface ParaphraseFinding {
  score: number;
  refersTo?: number;
}

/** Customer turns in the window before `turn`, most recent first. */
export function recentCustomerTurns(turns: PreparedTurn[], turn: PreparedTurn, window: number): PreparedTurn[] {
  const found: PreparedTurn[] = [];
  for (let j = turn.index - 1; j >= Math.max(0, turn.index - window); j--) {
    if (turns[j].speaker === 'customer') found.push(turns[j]);
  }
  return found;
}

/**
 * Weighs the evidence that an agent turn restates the customer: a reflection opener
 * ("so you…", «یعنی», «إذا فهمتك صح»), a check of understanding at the end ("…, right?"),
 * content words taken from the customer's recent turns, and talk about "you". Against it:
 * the turn is a plain wh-/yes-no question, gives advice or information, or is too short.
 * Openers help but are neither needed nor enough.
 *
 * The score is exact from `floor` up; below it, it is only known to be below: the costliest
 * tests (sentence by sentence, the wording) are skipped when all they could add would not reach `floor`.
 */
export function paraphraseEvidence(
  turn: PreparedTurn,
  words: SharedWords,
  question: QuestionFinding | undefined,
  pack: LanguagePack,
  floor: number,
): ParaphraseFinding {
  const { sources } = words;
  if (sources.length === 0 || turn.words.length < 3) return { score: 0 };
  const source = words.best(words.wholeTurn);
  // A summary gathers what the customer said over several turns: count words from any of them.
  const shared = Math.max(source?.shared ?? 0, words.sharedWithAny(words.wholeTurn));
  const turnRatio = shared / Math.max(1, turn.content.length);

  const routine = question !== undefined && question.asked.length === 0;
  let score = sharedEvidence(shared, turnRatio);
  // Answering the customer's question reuses its words ("What does estimated mean?" "Estimated means…").
  if (source && endsWithQuestionMark(source.turn.text)) score -= ANSWER_DISCOUNT;
  if (question?.confirmationOnly) score += 1.5;
  else if (question?.declarativeOnly && turn.words.length >= 4 && saidAsQuestionRestating(turn, question, words, pack)) score += 1;
  // A real question is not a reflection, but a routine one ("Can I take your account number?")
  // tacked onto a restatement does not undo it. A sentence of its own that restates the
  // customer stays a reflection, whatever the turn then asks.
  const asks = question !== undefined && !question.confirmationOnly && (!question.declarativeOnly || routine);
  if (asks && !restatesApart(turn, question, words, pack)) score -= question.declarativeOnly ? 1.5 : routine ? 0.5 : 2.5;
  if (hasCue(turn, pack, 'advice')) score -= 1.5;
  // Reporting what the agent has done, or will do, is not restating what the customer said.
  if (hasCue(turn, pack, 'actionDone') || hasCue(turn, pack, 'actionPromise')) score -= 1;
  // "You're right to be annoyed" names the feeling (empathy), it does not restate the content.
  if (hasCue(turn, pack, 'empathy') && shared < 2) score -= 1;
  if (turn.words.length < 5) score -= 1.5;
  // "If you…", "you could…": offering an option or a condition, not restating.
  if (pack.cues.optionOpener && opensWith(turn, pack.cues.optionOpener)) score -= 1;
  if (!question?.declarativeOnly && pack.code === 'en' && /^(?:i|we|i'm|i've|i'll|we're|we'll|let me|let's)\b/.test(turn.norm)) score -= 0.5;
  const refersTo = source?.turn.index ?? sources[0].index;
  // A reflection may be one sentence of a longer turn: the best-matching sentence's ratio may
  // count for more (only a turn sharing words at all can have a sentence that does).
  const mostFromSentences = shared >= 2 && turn.sentences.length > 1 ? sharedEvidence(shared, 1) - sharedEvidence(shared, turnRatio) : 0;
  if (score + mostFromSentences + MOST_FROM_WORDING < floor) return { score, refersTo };
  if (mostFromSentences > 0) {
    score += sharedEvidence(shared, Math.max(turnRatio, bestSentenceRatio(turn, words))) - sharedEvidence(shared, turnRatio);
  }
  return { score: score + wordingEvidence(turn, question, pack), refersTo };
}

/**
 * A statement said as a question restates when English gives it that form ("So the card was
 * declined again?"). Persian and Arabic ask every yes/no question so («قرارداد رو خوندید؟»):
 * there the question must also restate by its words (two of the customer's) or by its form
 * (a reflection opener, a check tag: «يعني … صح؟»).
 */
function saidAsQuestionRestating(turn: PreparedTurn, question: QuestionFinding, words: SharedWords, pack: LanguagePack): boolean {
  if (pack.code === 'en') return true;
  return question.sentences.some((s) => {
    const i = turn.sentences.indexOf(s);
    return startsWithOpener(turn, i, pack) || isCheckedSummary(s, pack) || (words.best(words.sentences(i))?.shared ?? 0) >= 2;
  });
}

/** Evidence from `shared` content words taken from the customer, `ratio` of the words compared; it only grows with `ratio`. */
function sharedEvidence(shared: number, ratio: number): number {
  let score = 0;
  if (shared >= 2 && ratio >= 0.2) score += 0.75;
  if (shared >= 4 && ratio >= 0.35) score += 0.75;
  // Mostly the customer's own words: a restatement even without any opener.
  if (shared >= 4 && ratio >= 0.6) score += 0.5;
  // An echo: three of their words making up most of what is said ("The two-lane one by the retail park.").
  if (shared === 3 && ratio >= 0.75) score += 1.25;
  return score;
}

/** The most `wordingEvidence` adds. */
const MOST_FROM_WORDING = 2.5;

/** Evidence in the wording: a reflection opener, talk about "you", the customer as the subject. */
function wordingEvidence(turn: PreparedTurn, question: QuestionFinding | undefined, pack: LanguagePack): number {
  let score = 0;
  if (mayHaveCue(turn, pack, 'reflectionOpener') && turn.sentences.some((_, i) => startsWithOpener(turn, i, pack))) score += 1.5;
  else if (pack.cues.weakReflectionOpener?.test(turn.norm.slice(0, 12))) score += 0.75;
  if (hasCue(turn, pack, 'secondPerson')) score += 0.5;
  if (hasCue(turn, pack, 'customerAsSubject') && !question) score += 0.5;
  return score;
}

/**
 * Some sentence other than the turn's last question restates the customer — said flat or asked
 * back ("You wanted single phase and the file says three? Who filled in the form?"): it takes most
 * of its content words (at least three) from them, or it opens as a reflection («يعني…», "so you…") and takes two.
 * The last question itself restates when it opens by quoting the customer ("when you say…").
 */
function restatesApart(turn: PreparedTurn, question: QuestionFinding, words: SharedWords, pack: LanguagePack): boolean {
  const lastQuestion = question.sentences[question.sentences.length - 1];
  return turn.sentences.some((sentence, i) => {
    if (sentence === lastQuestion) return quotesCustomer(turn, i, words, pack);
    const match = words.best(words.sentences(i));
    if (match === undefined || match.shared < 2) return false;
    return (match.shared >= 3 && match.shared / sentenceLength(turn, i) >= 0.5) || startsWithOpener(turn, i, pack);
  });
}

/** The turn's sentence `i` opens by quoting the customer ("when you say he's not eating, …?") and takes a word of theirs. */
export function quotesCustomer(turn: PreparedTurn, i: number, words: SharedWords, pack: LanguagePack): boolean {
  if (!pack.cues.quotingOpener?.test(turn.opening(i))) return false;
  return words.best(words.sentences(i)) !== undefined;
}

/** Whether the turn's first sentence with words beyond lead-ins ("okay, well…") opens with `re`. */
function opensWith(turn: PreparedTurn, re: RegExp): boolean {
  for (let i = 0; i < turn.sentences.length; i++) {
    const opening = turn.opening(i);
    if (opening.trim() !== '') return re.test(opening);
  }
  return false;
}

function bestSentenceRatio(turn: PreparedTurn, words: SharedWords): number {
  let best = 0;
  turn.sentences.forEach((_, i) => {
    const match = words.best(words.sentences(i));
    if (match && match.shared >= 2) best = Math.max(best, match.shared / sentenceLength(turn, i));
  });
  return best;
}

/** How many content words the turn's sentence `i` has. */
function sentenceLength(turn: PreparedTurn, i: number): number {
  return turn.sentenceBounds[i + 1] - turn.sentenceBounds[i];
}

/** Whether the sentence `i` of `turn` opens as a reflection. */
function startsWithOpener(turn: PreparedTurn, i: number, pack: LanguagePack): boolean {
  // A turn without an opener's first words has no sentence opening with one (see `mayHaveCue`),
  // unless the opening was cut short, which may cut a word down to one.
  if (turn.sentences[i].length <= OPENING_LENGTH && !mayHaveCue(turn, pack, 'reflectionOpener')) return false;
  const body = turn.opening(i);
  // "You're right", "you're very welcome" agree or thank, "you don't need to worry" reassures; they do not restate.
  return leading(pack.cues.reflectionOpener).test(body) && !NOT_RESTATING.test(body);
}

const NOT_RESTATING = /^you(?:'re| are) (?:very |most |so |really |absolutely |quite )?(?:right|welcome|correct)\b|^you (?:don't|do not) (?:need|have) to\b/;

/** The pack's reflection opener at the very start or after at most one word (an "okay", a name, a dash). */
const leading = derivedPattern((r) => new RegExp(`^\\S* ?(?:${r.source})`, r.flags));

const ANSWER_DISCOUNT = 1;
