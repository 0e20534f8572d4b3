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
 * The model's features in one open-addressing table, keyed by group and key ("w" and "refund"),
 * built once per model. A turn looks up some thirty features among twenty thousand, in memory
 * that has mostly left the cache by then, so what a look-up touches is kept together: a slot
 * (the hash and where the feature's record is), then the record, which holds the feature's
 * weights and, right after them, its group and key to compare. Each array and string of the
 * model's own would be another place to fetch from.
 *
 * The weights are copied: a model must not change once classified (training updates its
 * weights, and classifies with `probabilities` over its own feature lists).
 */
class FeatureTable {
  /** Per slot, two numbers: the hash of the feature there (`FREE` where none) and where its record starts in `weights`. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Group names → numbers. */
  private readonly groupIds = new Map<string, number>();
  /**
   * The records, each starting at a multiple of eight bytes: the feature's weights (one per
   * label), then, as 16-bit numbers (`chars`, over the same memory), its group's number, its
   * key's length and the key's code units.
   */
  private readonly weights: Float64Array;
  private readonly chars: Uint16Array;
  /** How many weights a feature has, one per label. */
  private readonly labelCount: number;

  constructor(model: BehaviourModel) {
    const K = (this.labelCount = model.labels.length);
    const features = Object.entries(model.weights).map(([feature, w]) => {
      const colon = feature.indexOf(':');
      const [group, key] = colon < 0 ? [feature, ''] : [feature.slice(0, colon), feature.slice(colon + 1)];
      if (!this.groupIds.has(group)) this.groupIds.set(group, this.groupIds.size);
      return { groupId: this.groupIds.get(group)!, key, w };
    });
    // At most half full, so that a probe soon meets the feature or a free slot.
    let size = 8;
    while (size < 2 * features.length) size *= 2;
    this.slots = new Int32Array(2 * size).fill(FREE);
    this.mask = size - 1;
    const recordLength = (key: string) => K + Math.ceil((2 + key.length) / 4);
    const total = features.reduce((n, f) => n + recordLength(f.key), 0);
    this.weights = new Float64Array(total);
    this.chars = new Uint16Array(this.weights.buffer);
    let at = 0;
    for (const { groupId, key, w } of features) {
      // Group numbers and key lengths are stored as 16-bit numbers.
      if (key.length > 0xffff || groupId > 0xffff) throw new Error(`behaviour model: feature "${key.slice(0, 40)}…" does not fit a record`);
      for (let k = 0; k < K; k++) this.weights[at + k] = w[k];
      const header = 4 * (at + K);
      this.chars[header] = groupId;
      this.chars[header + 1] = key.length;
      for (let i = 0; i < key.length; i++) this.chars[header + 2 + i] = key.charCodeAt(i);
      const hash = featureHash(groupId, key);
      let slot = this.slotOf(hash);
      while (this.slots[2 * slot] !== FREE) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = at;
      at += recordLength(key);
    }
  }

  /** The group's number, or -1 when the model has no feature of the group. */
  groupId(group: string): number {
    return this.groupIds.get(group) ?? -1;
  }

  /** Where the weights of the feature `key` of the group numbered `groupId` start in `weights`, or -1 if the model has no such feature. */
  find(groupId: number, key: string): number {
    const hash = featureHash(groupId, key);
    for (let slot = this.slotOf(hash); this.slots[2 * slot] !== FREE; slot = (slot + 1) & this.mask) {
      if (this.slots[2 * slot] !== hash) continue;
      const at = this.slots[2 * slot + 1];
      if (this.holds(at, groupId, key)) return at;
    }
    return -1;
  }

  /** Adds the K weights starting at `at` (see `find`) to `scores`. */
  addWeights(at: number, scores: Float64Array): void {
    for (let k = 0; k < this.labelCount; k++) scores[k] += this.weights[at + k];
  }

  /** Whether the record whose weights start at `at` is that of `key` in the group numbered `groupId`. */
  private holds(at: number, groupId: number, key: string): boolean {
    const header = 4 * (at + this.labelCount);
    if (this.chars[header] !== groupId || this.chars[header + 1] !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.chars[header + 2 + i] !== key.charCodeAt(i)) return false;
    return true;
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
    const at = groupId < 0 ? -1 : table.find(groupId, key);
    if (at >= 0) table.addWeights(at, scores);
  });
  return probabilities(model.labels, scores);
}

/** The labels' probabilities from their summed feature weights (a softmax; `scores` is used up). */
export function probabilities(labels: readonly Behaviour[], scores: Float64Array): Record<Behaviour, number> {
  const K = labels.length;
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let k = 0; k < K; k++) sum += scores[k] = Math.exp(scores[k] - max);
  const probs = {} as Record<Behaviour, number>;
  for (let k = 0; k < K; k++) probs[labels[k]] = scores[k] / sum;
  return probs;
}
