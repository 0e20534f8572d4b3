import type { LanguagePack } from '../lang/types.ts';
import { classifyBehaviour, type Behaviour } from '../model/classifier.ts';
import { gatherContext, MAX_CONTEXT_TURNS } from '../model/features.ts';
import type { Tag } from '../types.ts';
import type { PreparedTurn } from './prepare.ts';

/**
 * The language model's view of an agent turn, given what the customer said last (and before
 * that, when the last was only "Yeah." or so; see `gatherContext`); undefined without a model.
 */
export function modelBehaviour(turns: PreparedTurn[], turn: PreparedTurn, pack: LanguagePack): Record<Behaviour, number> | undefined {
  if (!pack.behaviourModel) return undefined;
  return classifyBehaviour(pack.behaviourModel, turn.norm, gatherContext(customerTurnsBefore(turns, turn), contextView));
}

/** The customer turns before `turn`, most recent first, as many as a context may gather (a list: a generator cost more). */
function customerTurnsBefore(turns: PreparedTurn[], turn: PreparedTurn): PreparedTurn[] {
  const found: PreparedTurn[] = [];
  for (let j = turn.index - 1; j >= 0 && found.length < MAX_CONTEXT_TURNS; j--) if (turns[j].speaker === 'customer') found.push(turns[j]);
  return found;
}

const contextView = (t: PreparedTurn) => ({ context: t.behaviourContext, words: t.words.length });

/**
 * What the turn mainly does, consistent with its tags: a paraphrase or question only when
 * tagged so. A turn tagged both goes to the question when it asks something new (a wh- or
 * yes/no question), else — a reflection said as a question — to the likelier of the two by
 * the model, or to paraphrase without one.
 */
export function mainBehaviour(
  tags: Tag[],
  asksSomethingNew: boolean,
  advice: boolean,
  probs: Record<Behaviour, number> | undefined,
): Behaviour {
  const question = tags.find((t) => t === 'question:open' || t === 'question:closed') as Behaviour | undefined;
  const paraphrase = tags.includes('paraphrase');
  if (paraphrase && question) {
    if (asksSomethingNew) return question;
    return probs && probs[question] > probs.paraphrase ? question : 'paraphrase';
  }
  if (paraphrase) return 'paraphrase';
  if (question) return question;
  if (probs) return probs.input >= probs.other ? 'input' : 'other';
  return advice ? 'input' : 'other';
}

