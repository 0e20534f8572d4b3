import type { LanguagePack } from '../lang/types.ts';
import type { Rubric, ScoredTurn, Tag } from '../types.ts';
import { classifyAction } from './action.ts';
import { isBackchannel } from './backchannel.ts';
import { isEmpathyStatement, showsNegativeEmotion } from './emotion.ts';
import { followUpSource } from './follow-up.ts';
import { detectInterruptions } from './interruptions.ts';
import { mainBehaviour, modelBehaviour } from './behaviour.ts';
import { PARAPHRASE_THRESHOLD, PARAPHRASE_UNSURE_MARGIN, paraphraseEvidence, recentCustomerTurns, type ParaphraseFinding, REFLECTION_WINDOW } from './paraphrase.ts';
import { hasCue, type PreparedTurn } from './prepare.ts';
import { findQuestions, isCheckedSummary, isCheckOnly, type QuestionFinding } from './questions.ts';
import { SharedWords } from './shared-words.ts';

/** How many evidence points the model's paraphrase probability is worth, around its pivot. */
const MODEL_WEIGHT = 8;
const MODEL_PIVOT = 0.55;
const NO_PARAPHRASE: ParaphraseFinding = { score: 0 };
/** Below this the exact paraphrase score changes nothing: the model is not asked, no paraphrase, not unsure. */
const PARAPHRASE_FLOOR = Math.min(PARAPHRASE_THRESHOLD - MODEL_WEIGHT * (1 - MODEL_PIVOT), PARAPHRASE_THRESHOLD - PARAPHRASE_UNSURE_MARGIN);

/** Tags every turn of a call with the SPEC §1 vocabulary (agent turns) and marks customer emotion. */
export function tagTurns(turns: PreparedTurn[], pack: LanguagePack, rubric: Rubric): ScoredTurn[] {
  const backchannels = new Set(turns.filter((t, i) => isBackchannel(t, turns[i - 1], pack)).map((t) => t.index));
  const interrupted = new Set(detectInterruptions(turns, backchannels, rubric.thresholds.overlapSec).map((f) => f.turn));
  return turns.map((turn) => {
    const base: ScoredTurn = { index: turn.index, speaker: turn.speaker, text: turn.text, tags: [] };
    if (turn.start !== undefined) base.start = turn.start;
    if (turn.end !== undefined) base.end = turn.end;
    if (turn.speaker === 'customer') {
      if (showsNegativeEmotion(turn, pack)) base.negativeEmotion = true;
      return base;
    }
    if (backchannels.has(turn.index)) {
      base.tags = ['backchannel'];
      base.behaviour = 'other';
      return base;
    }
    return tagAgentTurn(turns, turn, pack, interrupted.has(turn.index), base);
  });
}

/** Fills in the tags, behaviour and references of the agent turn `scored` (set in place: this runs for every agent turn). */
function tagAgentTurn(
  turns: PreparedTurn[],
  turn: PreparedTurn,
  pack: LanguagePack,
  interruption: boolean,
  scored: ScoredTurn,
): ScoredTurn {
  const tags: Tag[] = [];
  const uncertain: Tag[] = [];
  let refersTo: number | undefined;
  if (interruption) tags.push('interruption');

  const question = findQuestions(turn, pack);
  const words = new SharedWords(turn, recentCustomerTurns(turns, turn, REFLECTION_WINDOW));
  // A turn that only asks for routine data ("And your postcode, please.") restates nothing.
  const onlyRoutine = question !== undefined && question.asked.length === 0 && question.sentences.length === turn.sentences.length;
  const paraphrase = onlyRoutine ? NO_PARAPHRASE : paraphraseEvidence(turn, words, question, pack, PARAPHRASE_FLOOR);
  // The model can only add a paraphrase the rules nearly found; elsewhere it is not consulted
  // (it costs as much as all the rules together).
  const modelMatters = !onlyRoutine && paraphrase.score < PARAPHRASE_THRESHOLD && paraphrase.score + MODEL_WEIGHT * (1 - MODEL_PIVOT) >= PARAPHRASE_THRESHOLD;
  let probs = modelMatters ? modelBehaviour(turns, turn, pack) : undefined;
  // The learned model, where a language has one, adds its view to the rules' evidence.
  // Only of something the customer said: an agent's opening line restates nothing.
  const evidence = paraphrase.score + (probs && words.sources.length > 0 ? MODEL_WEIGHT * (probs.paraphrase - MODEL_PIVOT) : 0);
  // The model may add a paraphrase the rules only half see; it never removes one they found.
  if (Math.max(evidence, paraphrase.score) >= PARAPHRASE_THRESHOLD) {
    tags.push('paraphrase');
    refersTo = paraphrase.refersTo;
  }
  if (Math.abs(evidence - PARAPHRASE_THRESHOLD) < PARAPHRASE_UNSURE_MARGIN) uncertain.push('paraphrase');

  if (question) {
    tags.push(question.kind === 'open' ? 'question:open' : 'question:closed');
    // A reflection said as a yes/no question checks understanding; it does not dig further
    // (an echo that then invites more, "…okay tell me a bit more", does).
    const paraphrased = tags.includes('paraphrase');
    const reflective = paraphrased && question.declarativeOnly && question.kind === 'closed';
    // A restatement followed by a question of its own ("So it drops every evening. Did it work
    // before?") builds on what the customer said, whatever words the question uses.
    const asksAfterReflecting = paraphrased && !question.confirmationOnly && asksAfterRestating(turn, words, question, turns[paraphrase.refersTo ?? -1], pack);
    const source = asksAfterReflecting ? paraphrase.refersTo : reflective ? undefined : followUpSource(turns, turn, words, question, pack);
    if (source !== undefined) {
      tags.push('followup');
      refersTo ??= source;
    }
  }
  if (isEmpathyStatement(turn, pack)) tags.push('empathy');
  const action = classifyAction(turn, pack, question?.sentences);
  if (action === 'action') tags.push('action');
  if (action === 'vague') uncertain.push('action');

  const asksSomethingNew = question !== undefined && !question.confirmationOnly && !question.declarativeOnly;
  // A reflection said as a question: the model says which it mainly is.
  if (!probs && !asksSomethingNew && question && tags.includes('paraphrase')) probs = modelBehaviour(turns, turn, pack);
  scored.tags = tags;
  scored.behaviour = mainBehaviour(tags, asksSomethingNew, hasCue(turn, pack, 'advice'), probs);
  if (refersTo !== undefined) scored.refersTo = refersTo;
  if (uncertain.length > 0) scored.uncertain = uncertain;
  return scored;
}

/**
 * The turn's last question is a sentence of its own, not a routine ask, right after a sentence
 * that restates the customer turn `source` (shares at least two of its content words).
 */
function asksAfterRestating(
  turn: PreparedTurn,
  words: SharedWords,
  question: QuestionFinding,
  source: PreparedTurn | undefined,
  pack: LanguagePack,
): boolean {
  const last = question.sentences[question.sentences.length - 1];
  const at = turn.sentences.indexOf(last);
  // A routine ask after the restatement ("Can I take your policy number?") digs into nothing.
  if (at <= 0 || !source || isCheckOnly(last, pack) || !question.asked.includes(last)) return false;
  // A summary checked with a tag restates by its form; otherwise it must share words with
  // `source` (the paraphrase's, one of the customer turns `words` looked at).
  return isCheckedSummary(turn.sentences[at - 1], pack) || (words.best(words.sentences(at - 1), (s) => s === source)?.shared ?? 0) >= 2;
}
