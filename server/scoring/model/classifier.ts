import { visitBehaviourFeatures, type BehaviourContext } from './features.ts';

/** What a listener's turn mainly does (the MITI/MISC behaviour families). */
export const BEHAVIOURS = ['paraphrase', 'question:open', 'question:closed', 'input', 'other'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/** A multinomial logistic regression over sparse binary features. */
export interface BehaviourModel {
  labels: Behaviour[];
  /** feature → one weight per label */
  weights: Record<string, number[]>;
}

/**
 * The weights grouped by feature kind ("w" → word → weights), built once per model: lookups
 * in an object of tens of thousands of keys are slow, and grouping spares building a "w:word" string per feature.
 * The arrays are the model's own, so training can update them in place.
 */
const GROUPED = new WeakMap<BehaviourModel, Map<string, Map<string, number[]>>>();
function groupedWeights(model: BehaviourModel): Map<string, Map<string, number[]>> {
  let groups = GROUPED.get(model);
  if (!groups) {
    GROUPED.set(model, (groups = new Map()));
    for (const [feature, w] of Object.entries(model.weights)) {
      const colon = feature.indexOf(':');
      const [group, key] = colon < 0 ? [feature, ''] : [feature.slice(0, colon), feature.slice(colon + 1)];
      let byKey = groups.get(group);
      if (!byKey) groups.set(group, (byKey = new Map()));
      byKey.set(key, w);
    }
  }
  return groups;
}

/** `context` is what the other speaker said before, as text or as `behaviourContext(text)`. */
export function classifyBehaviour(model: BehaviourModel, text: string, context: string | BehaviourContext): Record<Behaviour, number> {
  const K = model.labels.length;
  const scores = new Float64Array(K);
  const groups = groupedWeights(model);
  // Features come group by group, so a group's table is looked up again only when the group changes.
  let lastGroup = '';
  let table: Map<string, number[]> | undefined;
  visitBehaviourFeatures(text, context, (group, key) => {
    if (group !== lastGroup) {
      lastGroup = group;
      table = groups.get(group);
    }
    const w = table?.get(key);
    if (w) for (let k = 0; k < K; k++) scores[k] += w[k];
  });
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let k = 0; k < K; k++) sum += scores[k] = Math.exp(scores[k] - max);
  const probs = {} as Record<Behaviour, number>;
  for (let k = 0; k < K; k++) probs[model.labels[k]] = scores[k] / sum;
  return probs;
}
