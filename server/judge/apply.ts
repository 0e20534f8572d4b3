/**
 * Folds the judge's verdicts into the rules' turns: for each turn asked about, the judge
 * decides exactly the tags it was asked about; every other tag stays as the rules set it.
 */
import { TAGS, type Evidence, type ItemResult, type ScoredTurn, type Tag } from '../scoring/types.ts';
import type { Judgement, Question } from './types.ts';

const QUESTION_TAGS: Tag[] = ['question:open', 'question:closed'];
const REFERRING_TAGS: Tag[] = ['paraphrase', 'followup'];

export function applyJudgement(turns: ScoredTurn[], questions: Question[], judgement: Judgement): ScoredTurn[] {
  const scope = new Map(questions.map((q) => [q.turn, q.tags]));
  const verdicts = new Map(judgement.verdicts.map((v) => [v.turn, v]));
  const negative = new Map(judgement.emotions.map((e) => [e.turn, e.negative]));
  return turns.map((turn) => {
    const asked = scope.get(turn.index);
    const verdict = verdicts.get(turn.index);
    if (negative.has(turn.index)) return { ...turn, negativeEmotion: negative.get(turn.index) };
    if (!asked || !verdict) return turn;
    const tags = consistent([...turn.tags.filter((t) => !asked.includes(t)), ...verdict.tags]);
    const judged: ScoredTurn = { ...turn, tags };
    const uncertain = turn.uncertain?.filter((t) => !asked.includes(t));
    if (uncertain && uncertain.length > 0) judged.uncertain = uncertain;
    else delete judged.uncertain;
    if (verdict.refersTo !== undefined && verdict.tags.some((t) => REFERRING_TAGS.includes(t))) judged.refersTo = verdict.refersTo;
    if (!tags.some((t) => REFERRING_TAGS.includes(t))) delete judged.refersTo;
    return judged;
  });
}

/** Adds the judge's notes to the evidence that cites the turns it judged. */
export function annotateEvidence(items: ItemResult[], judgement: Judgement): ItemResult[] {
  const notes = new Map(judgement.verdicts.filter((v) => v.note).map((v) => [v.turn, v.note as string]));
  const annotate = (e: Evidence): Evidence => {
    const note = notes.get(e.turn);
    if (!note || e.note.includes(note)) return e;
    return { ...e, note: e.note ? `${e.note} — ${note}` : note };
  };
  return items.map((item) => ({ ...item, evidence: item.evidence.map(annotate) }));
}

/** In the TAGS order, without duplicates; a followup without a question tag is dropped (SPEC §1). */
function consistent(tags: Tag[]): Tag[] {
  const unique = [...new Set(tags)];
  const hasQuestion = unique.some((t) => QUESTION_TAGS.includes(t));
  return unique.filter((t) => t !== 'followup' || hasQuestion).sort((a, b) => TAGS.indexOf(a) - TAGS.indexOf(b));
}
