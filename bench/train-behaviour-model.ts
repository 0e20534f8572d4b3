/**
 * `npm run train -- [fixtures/training/en-turns.jsonl] [--out server/scoring/model/en-behaviour-model.ts] [--cv 5] [--paraphrase-weight 1.5]`
 *
 * Trains the English listener-behaviour model (multinomial logistic regression, L2, plain
 * gradient descent) on our own labelled utterances. Never on the evaluation sets: those
 * measure how well it generalises.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { languagePack } from '../server/scoring/lang/index.ts';
import { BEHAVIOURS, classifyBehaviour, probabilities, type Behaviour, type BehaviourModel } from '../server/scoring/model/classifier.ts';
import { behaviourFeatures, gatherTextContext, type BehaviourContext } from '../server/scoring/model/features.ts';

interface Example {
  /** What the customer said last. */
  context: string;
  /** Optionally, the customer's turns before that, most recent first. */
  before?: string[];
  text: string;
  label: Behaviour;
}

const USAGE = 'usage: npm run train -- [DATASET.jsonl] [--out FILE] [--cv N] [--epochs N] [--l2 X] [--paraphrase-weight X] [--prune X]';

/** A bad option or dataset gets one line naming it, and the usage: this is run by hand. */
function fail(message: string): never {
  console.error(`train: ${message}\n${USAGE}`);
  process.exit(1);
}

function parseOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'server/scoring/model/en-behaviour-model.ts' },
        cv: { type: 'string', default: '5' },
        epochs: { type: 'string', default: '60' },
        l2: { type: 'string', default: '0.0005' },
        // How much a paraphrase example counts in the loss against the others' 1.
        'paraphrase-weight': { type: 'string', default: '1.5' },
        // Features whose weights all stay below this (in absolute value) are left out of the written model.
        prune: { type: 'string', default: '0.01' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** The labelled examples of a JSON-lines file (one object per line; other labels are skipped). */
function readExamples(file: string): Example[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const examples: Example[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let example: Example;
    try {
      example = JSON.parse(line);
    } catch {
      fail(`${file}:${i + 1}: expected one JSON object per line`);
    }
    if (typeof example?.text !== 'string' || typeof example.context !== 'string') fail(`${file}:${i + 1}: expected "text" and "context" strings`);
    if ((BEHAVIOURS as readonly string[]).includes(example.label)) examples.push(example);
  });
  return examples;
}

const { values, positionals } = parseOptions();
const file = positionals[0] ?? 'fixtures/training/en-turns.jsonl';
// The scorer shows the model normalised text (speech-to-text "dont" read as "don't"): train on the same.
const normalize = languagePack('en').normalize;
const examples = readExamples(file).map((e) => ({ ...e, text: normalize(e.text), context: normalize(e.context), before: e.before?.map(normalize) }));
// The context as the scorer gathers it (see `gatherContext`), built once per example.
const contexts = new Map<Example, BehaviourContext>(examples.map((e) => [e, gatherTextContext([e.context, ...(e.before ?? [])])]));

function train(data: Example[]): BehaviourModel {
  const K = BEHAVIOURS.length;
  const weights: Record<string, number[]> = {};
  const feats = data.map((e) => behaviourFeatures(e.text, contexts.get(e)!));
  for (const fs of feats) for (const f of fs) weights[f] ??= new Array(K).fill(0);
  const model: BehaviourModel = { labels: [...BEHAVIOURS], weights };
  const lr = 0.3;
  const l2 = Number(values.l2);
  const paraphraseWeight = Number(values['paraphrase-weight']);
  for (let epoch = 0; epoch < Number(values.epochs); epoch++) {
    const order = data.map((_, i) => i).sort((a, b) => ((a * 7919 + epoch * 104729) % data.length) - ((b * 7919 + epoch * 104729) % data.length));
    for (const i of order) {
      const p = probabilities(model.labels, scoresOf(feats[i], weights));
      const y = BEHAVIOURS.indexOf(data[i].label);
      const c = data[i].label === 'paraphrase' ? paraphraseWeight : 1;
      for (const f of feats[i]) {
        const w = weights[f];
        for (let k = 0; k < K; k++) w[k] -= lr * (c * (p[BEHAVIOURS[k]] - (k === y ? 1 : 0)) + l2 * w[k]);
      }
    }
  }
  for (const f of Object.keys(weights)) weights[f] = weights[f].map((w) => Math.round(w * 1000) / 1000);
  return model;
}

/**
 * An example's scores as `classifyBehaviour` sums them, from its features as listed: the model
 * is still learning, and `classifyBehaviour` reads a copy of the weights made when first asked.
 */
function scoresOf(features: readonly string[], weights: Record<string, number[]>): Float64Array {
  const scores = new Float64Array(BEHAVIOURS.length);
  for (const f of features) for (let k = 0; k < scores.length; k++) scores[k] += weights[f][k];
  return scores;
}

function accuracy(model: BehaviourModel, data: Example[]) {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  let correct = 0;
  for (const e of data) {
    const p = classifyBehaviour(model, e.text, contexts.get(e)!);
    const best = BEHAVIOURS.reduce((a, b) => (p[a] >= p[b] ? a : b));
    if (best === e.label) correct++;
    for (const l of BEHAVIOURS) {
      const c = per.get(l) ?? { tp: 0, fp: 0, fn: 0 };
      if (best === l && e.label === l) c.tp++;
      else if (best === l) c.fp++;
      else if (e.label === l) c.fn++;
      per.set(l, c);
    }
  }
  return { accuracy: correct / data.length, f1: Object.fromEntries([...per].map(([l, c]) => [l, (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn)])) };
}

const folds = Number(values.cv);
if (folds > 1) {
  const results = [];
  for (let k = 0; k < folds; k++) {
    const test = examples.filter((_, i) => i % folds === k);
    const trainSet = examples.filter((_, i) => i % folds !== k);
    results.push(accuracy(train(trainSet), test));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`${folds}-fold CV on ${examples.length} examples: accuracy ${mean(results.map((r) => r.accuracy)).toFixed(3)}`);
  for (const l of BEHAVIOURS) console.log(`  ${l.padEnd(16)} F1 ${mean(results.map((r) => r.f1[l])).toFixed(3)}`);
}
const model = train(examples);
const prune = Number(values.prune);
for (const [f, w] of Object.entries(model.weights)) if (f !== 'bias' && w.every((x) => Math.abs(x) < prune)) delete model.weights[f];
const header = `// Generated by bench/train-behaviour-model.ts from ${file} (${examples.length} examples). Do not edit.\n`;
const body = values.out!.endsWith('.ts')
  ? `${header}import type { BehaviourModel } from './classifier.ts';\n\nexport const EN_BEHAVIOUR_MODEL: BehaviourModel = ${JSON.stringify(model)};\n`
  : JSON.stringify(model);
writeFileSync(values.out!, body);
console.log(`wrote ${values.out} (${Object.keys(model.weights).length} features)`);
