import type { LanguagePack } from '../lang/types.ts';
import { BEHAVIOURS, classifyBehaviour, type Behaviour } from '../model/classifier.ts';
import type { Tag } from '../types.ts';
import type { PreparedTurn } from './prepare.ts';

/** The language model's view of an agent turn, given what the customer said last; undefined without a model. */
export function modelBehaviour(turns: PreparedTurn[], turn: PreparedTurn, pack: LanguagePack): Record<Behaviour, number> | undefined {
  if (!pack.behaviourModel) return undefined;
  let context = '';
  for (let j = turn.index - 1; j >= 0; j--) {
    if (turns[j].speaker === 'customer') {
      context = turns[j].text;
      break;
    }
  }
  return classifyBehaviour(pack.behaviourModel, turn.text, context);
}

/**
 * What the turn mainly does, consistent with its tags: a paraphrase or question only when
 * tagged so. A turn tagged both (a reflection said as a question) goes to the likelier one
 * by the model, else to paraphrase; a question goes to input only when the model is sure
 * the turn mainly informs ("…, does that make sense?" after advice).
 */
export function mainBehaviour(tags: Tag[], advice: boolean, probs: Record<Behaviour, number> | undefined): Behaviour {
  const question = tags.find((t) => t === 'question:open' || t === 'question:closed') as Behaviour | undefined;
  const paraphrase = tags.includes('paraphrase');
  if (paraphrase && question) return probs && probs[question] > probs.paraphrase ? question : 'paraphrase';
  if (paraphrase) return 'paraphrase';
  if (question) return probs && probs.input >= SURE ? 'input' : question;
  if (probs) return probs.input >= probs.other ? 'input' : 'other';
  return advice ? 'input' : 'other';
}

const SURE = 0.7;

export { BEHAVIOURS };
