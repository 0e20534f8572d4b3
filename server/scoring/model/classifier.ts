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
 * The model's features in one open-addressing table over a typed array, keyed by group and key
 * ("w" and "refund"), built once per model: a turn looks up some thirty features, in tables
 * that have mostly left the cache by then, and a Map per group read several scattered objects
 * per look-up (buckets, entries, stored keys) where this reads one slot and, on a hash match,
 * the key. The weight arrays are the model's own, so training can update them in place.
 */
class FeatureTable {
  /** Per slot, two numbers: the hash of the feature there (`FREE` where none) and the feature's number. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Group names → numbers; per feature its group number, key and weights. */
  private readonly groupIds = new Map<string, number>();
  private readonly groups: number[] = [];
  private readonly keys: string[] = [];
  private readonly weights: number[][] = [];

  constructor(model: BehaviourModel) {
    const features = Object.entries(model.weights);
    // At most half full, so that a probe soon meets the feature or a free slot.
    let size = 8;
    while (size < 2 * features.length) size *= 2;
    this.slots = new Int32Array(2 * size).fill(FREE);
    this.mask = size - 1;
    features.forEach(([feature, w], i) => {
      const colon = feature.indexOf(':');
      const [group, key] = colon < 0 ? [feature, ''] : [feature.slice(0, colon), feature.slice(colon + 1)];
      if (!this.groupIds.has(group)) this.groupIds.set(group, this.groupIds.size);
      const groupId = this.groupIds.get(group)!;
      this.groups.push(groupId);
      this.keys.push(key);
      this.weights.push(w);
      const hash = featureHash(groupId, key);
      let slot = this.slotOf(hash);
      while (this.slots[2 * slot] !== FREE) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = i;
    });
  }

  /** The group's number, or -1 when the model has no feature of the group. */
  groupId(group: string): number {
    return this.groupIds.get(group) ?? -1;
  }

  /** The weights of the feature `key` of the group numbered `groupId`, if the model has it. */
  find(groupId: number, key: string): number[] | undefined {
    const hash = featureHash(groupId, key);
    for (let slot = this.slotOf(hash); this.slots[2 * slot] !== FREE; slot = (slot + 1) & this.mask) {
      if (this.slots[2 * slot] !== hash) continue;
      const feature = this.slots[2 * slot + 1];
      if (this.groups[feature] === groupId && this.keys[feature] === key) return this.weights[feature];
    }
    return undefined;
  }

  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 15)) & this.mask;
  }
}

const FREE = -1;

/** FNV-1a over the key's code units, seeded by the group; never negative (see `FREE`). */
function featureHash(groupId: number, key: string): number {
  let h = Math.imul(groupId + 1, 0x9e3779b1);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x7fffffff;
}

const TABLES = new WeakMap<BehaviourModel, FeatureTable>();
function featureTable(model: BehaviourModel): FeatureTable {
  let table = TABLES.get(model);
  if (!table) TABLES.set(model, (table = new FeatureTable(model)));
  return table;
}

/** `context` is what the other speaker said before, as text or as `behaviourContext(text)`. */
export function classifyBehaviour(model: BehaviourModel, text: string, context: string | BehaviourContext): Record<Behaviour, number> {
  const K = model.labels.length;
  const scores = new Float64Array(K);
  const table = featureTable(model);
  // Features come group by group, so a group's number is looked up again only when the group changes.
  let lastGroup = '';
  let groupId = -1;
  visitBehaviourFeatures(text, context, (group, key) => {
    if (group !== lastGroup) {
      lastGroup = group;
      groupId = table.groupId(group);
    }
    const w = groupId < 0 ? undefined : table.find(groupId, key);
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
