import { behaviourFeatures } from './features.ts';

/** What a listener's turn mainly does (the MITI/MISC behaviour families). */
export const BEHAVIOURS = ['paraphrase', 'question:open', 'question:closed', 'input', 'other'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/** A multinomial logistic regression over sparse binary features. */
export interface BehaviourModel {
  labels: Behaviour[];
  /** feature → one weight per label */
  weights: Record<string, number[]>;
}

/** The weights as a Map, built once per model: lookups in a 16k-key object are slow. */
const WEIGHT_MAPS = new WeakMap<BehaviourModel, Map<string, number[]>>();
function weightMap(model: BehaviourModel): Map<string, number[]> {
  let map = WEIGHT_MAPS.get(model);
  if (!map) WEIGHT_MAPS.set(model, (map = new Map(Object.entries(model.weights))));
  return map;
}

export function classifyBehaviour(model: BehaviourModel, text: string, context: string): Record<Behaviour, number> {
  const scores = model.labels.map(() => 0);
  const weights = weightMap(model);
  for (const f of behaviourFeatures(text, context)) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k];
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(model.labels.map((l, k) => [l, exp[k] / sum])) as Record<Behaviour, number>;
}
