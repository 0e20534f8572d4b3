/**
 * `npm run eval -- DIR [--via json|text|vtt|srt|aws|deepgram] [--scorer rules|hybrid|llm] [--json]`
 *
 * Scores every *.json transcript in DIR (canonical JSON with `gold` labels) and prints
 * per-tag precision/recall/F1 on agent turns, per-item status accuracy, and the AUC of
 * `overall` separating gold.quality high from low.
 *
 * Single-label gold (AnnoMI: one of paraphrase / question:open / question:closed / input /
 * other per turn) is compared with the scorer's *primary* label: the turn's `behaviour`
 * (what it mainly does), or without one, paraphrase before question.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scoreTranscript } from '../server/scoring/index.ts';
import type { ItemId, Scorecard, Transcript } from '../server/scoring/types.ts';
import { auc, prf, type Counts } from './eval-metrics.ts';
import { loadVia, VIA_FORMATS, type ViaFormat } from './eval-via.ts';

interface GoldTurn {
  speaker: string;
  gold?: string[] | string;
}
interface GoldFile extends Transcript {
  gold?: { quality?: 'high' | 'low'; items?: Partial<Record<ItemId, string>>; firstEmotionalCustomerTurn?: number | null };
}

const SINGLE_LABEL_EXTRA = new Set(['input', 'other']);
const QUESTION = 'question';

const USAGE = 'usage: npm run eval -- DIR [--via json|text|vtt|srt|aws|deepgram] [--scorer rules|hybrid|llm] [--json]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { via: { type: 'string', default: 'json' }, scorer: { type: 'string', default: 'rules' }, json: { type: 'boolean', default: false } },
  });
  const dir = positionals[0];
  if (!dir) throw new Error('no directory given');
  const via = values.via as ViaFormat;
  if (!VIA_FORMATS.includes(via)) throw new Error(`--via must be one of ${VIA_FORMATS.join(', ')}`);
  const scorer = await scorerFor(values.scorer!);

  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const golds = files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile);
  const report = newReport();
  // AnnoMI-style sets label each agent turn with one behaviour (input/other among them).
  report.singleLabel = golds.some((g) => (g.turns as unknown as GoldTurn[]).some((t) => goldLabels(t).some((l) => SINGLE_LABEL_EXTRA.has(l))));
  for (const [i, file] of files.entries()) {
    const gold = golds[i];
    const { transcript, goldTurns } = loadVia(gold, via, file);
    const card = await scorer.score(transcript);
    addFile(report, gold, goldTurns, card);
    report.tokens += (card.tokens?.prompt ?? 0) + (card.tokens?.completion ?? 0);
  }
  const summary = { ...summarise(report, files.length, via, values.scorer!), judge: scorer.stats?.(), tokensPerCall: report.tokens / files.length };
  if (values.json) console.log(JSON.stringify(summary, null, 2));
  else printSummary(summary);
}

interface Scorer {
  score(t: Transcript): Promise<Scorecard>;
  /** Judge statistics (requests, cache hits, tokens) when an LLM judge is used. */
  stats?(): unknown;
}

async function scorerFor(scorer: string): Promise<Scorer> {
  if (scorer === 'rules') return { score: async (t) => scoreTranscript(t) };
  const judge = await import('../server/judge/index.ts');
  const config = judge.judgeConfigFromEnv(process.env, { mode: judge.parseMode(scorer), cacheDir: '.attune-cache/judge' });
  const instance = judge.createJudge(config);
  return { score: (t) => judge.scoreWithJudge(t, { scorer: config.mode, judge: instance }), stats: () => instance.stats() };
}

interface Report {
  tags: Map<string, Counts>;
  byLanguage: Map<string, Map<string, Counts>>;
  items: Map<string, { correct: number; total: number }>;
  byLanguageItems: Map<string, { correct: number; total: number }>;
  quality: { high: number[]; low: number[] };
  emotion: { correct: number; total: number };
  singleLabel: boolean;
  tokens: number;
}

function newReport(): Report {
  return { tags: new Map(), byLanguage: new Map(), items: new Map(), byLanguageItems: new Map(), quality: { high: [], low: [] }, emotion: { correct: 0, total: 0 }, singleLabel: false, tokens: 0 };
}

function goldLabels(turn: GoldTurn): string[] {
  if (turn.gold === undefined) return [];
  return Array.isArray(turn.gold) ? turn.gold : [turn.gold];
}

function bump(map: Map<string, Counts>, tag: string, key: keyof Counts) {
  const c = map.get(tag) ?? { tp: 0, fp: 0, fn: 0 };
  c[key]++;
  map.set(tag, c);
}

/** The scorer's main label, for single-label gold: its `behaviour`, else paraphrase before question. */
function primaryLabel(tags: string[], behaviour?: string): string | undefined {
  if (behaviour) return behaviour === 'input' || behaviour === 'other' ? undefined : behaviour;
  if (tags.includes('paraphrase')) return 'paraphrase';
  return tags.find((t) => t.startsWith('question:'));
}

function addFile(report: Report, gold: GoldFile, turns: GoldTurn[], card: Scorecard) {
  const singleLabel = report.singleLabel;
  const lang = card.language;
  const langTags = report.byLanguage.get(lang) ?? new Map<string, Counts>();
  report.byLanguage.set(lang, langTags);

  turns.forEach((turn, i) => {
    if (turn.speaker !== 'agent') return;
    let expected = new Set(goldLabels(turn).filter((g) => !SINGLE_LABEL_EXTRA.has(g)));
    let predicted = new Set<string>(card.turns[i]?.tags ?? []);
    if (singleLabel) {
      const p = primaryLabel([...predicted], card.turns[i]?.behaviour);
      predicted = new Set(p ? [p] : []);
    }
    // Questions as one class too (open/closed merged).
    if ([...expected].some((g) => g.startsWith('question:'))) expected = new Set([...expected, QUESTION]);
    if ([...predicted].some((g) => g.startsWith('question:'))) predicted = new Set([...predicted, QUESTION]);
    for (const tag of new Set([...expected, ...predicted])) {
      if (singleLabel && tag === 'followup') continue;
      const key: keyof Counts = expected.has(tag) && predicted.has(tag) ? 'tp' : predicted.has(tag) ? 'fp' : 'fn';
      bump(report.tags, tag, key);
      bump(langTags, tag, key);
    }
  });

  for (const [id, status] of Object.entries(gold.gold?.items ?? {})) {
    const mine = card.items.find((it) => it.id === id)?.status;
    // Gold uses pass/fail/n/a only: a warning is not a failure.
    const ok = mine === status || (mine === 'warn' && status === 'pass');
    const entry = report.items.get(id) ?? { correct: 0, total: 0 };
    entry.total++;
    if (ok) entry.correct++;
    report.items.set(id, entry);
    const l = report.byLanguageItems.get(lang) ?? { correct: 0, total: 0 };
    l.total++;
    if (ok) l.correct++;
    report.byLanguageItems.set(lang, l);
  }

  if (gold.gold?.firstEmotionalCustomerTurn !== undefined) {
    report.emotion.total++;
    const mine = card.turns.find((t) => t.negativeEmotion)?.index ?? null;
    if (mine === gold.gold.firstEmotionalCustomerTurn) report.emotion.correct++;
  }
  const q = gold.gold?.quality;
  if ((q === 'high' || q === 'low') && card.overall !== null) report.quality[q].push(card.overall);
}

function summarise(report: Report, files: number, via: string, scorer: string) {
  const table = (m: Map<string, Counts>) =>
    Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([tag, c]) => [tag, round(prf(c))]));
  const items = Object.fromEntries([...report.items.entries()].map(([id, e]) => [id, { accuracy: e.correct / e.total, n: e.total }]));
  const allItems = [...report.items.values()].reduce((a, e) => ({ correct: a.correct + e.correct, total: a.total + e.total }), { correct: 0, total: 0 });
  return {
    files,
    via,
    scorer,
    labelMode: report.singleLabel ? 'single-label (primary label)' : 'multi-label',
    tags: table(report.tags),
    tagsByLanguage: Object.fromEntries([...report.byLanguage.entries()].map(([l, m]) => [l, table(m)])),
    items,
    itemAccuracy: allItems.total ? allItems.correct / allItems.total : null,
    itemAccuracyByLanguage: Object.fromEntries([...report.byLanguageItems.entries()].map(([l, e]) => [l, e.correct / e.total])),
    firstEmotionAccuracy: report.emotion.total ? report.emotion.correct / report.emotion.total : null,
    qualityAuc: auc(report.quality.high, report.quality.low),
    qualityCounts: { high: report.quality.high.length, low: report.quality.low.length },
  };
}

function round<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number.isInteger(v) ? v : Math.round(v * 1000) / 1000])) as T;
}

function printSummary(s: ReturnType<typeof summarise> & { judge?: unknown; tokensPerCall: number }) {
  console.log(`${s.files} files, via ${s.via}, scorer ${s.scorer}, ${s.labelMode}`);
  const printTags = (title: string, t: Record<string, { precision: number; recall: number; f1: number; support: number }>) => {
    console.log(`\n${title}\n  tag               P      R      F1     n`);
    for (const [tag, v] of Object.entries(t)) {
      console.log(`  ${tag.padEnd(16)} ${v.precision.toFixed(3)}  ${v.recall.toFixed(3)}  ${v.f1.toFixed(3)}  ${v.support}`);
    }
  };
  printTags('Tags (agent turns)', s.tags);
  if (Object.keys(s.tagsByLanguage).length > 1) for (const [l, t] of Object.entries(s.tagsByLanguage)) printTags(`Tags — ${l}`, t);
  if (s.itemAccuracy !== null) {
    console.log('\nItem status accuracy');
    for (const [id, v] of Object.entries(s.items)) console.log(`  ${id.padEnd(24)} ${v.accuracy.toFixed(3)}  (n=${v.n})`);
    console.log(`  ${'all'.padEnd(24)} ${s.itemAccuracy.toFixed(3)}`);
    for (const [l, a] of Object.entries(s.itemAccuracyByLanguage)) console.log(`  ${('all — ' + l).padEnd(24)} ${a.toFixed(3)}`);
  }
  if (s.firstEmotionAccuracy !== null) console.log(`\nFirst emotional customer turn: accuracy ${s.firstEmotionAccuracy.toFixed(3)}`);
  if (s.judge) console.log(`\nLLM judge: ${JSON.stringify(s.judge)}; tokens per call ${s.tokensPerCall.toFixed(0)}`);
  console.log(`\nQuality AUC (overall, high vs low): ${s.qualityAuc === null ? 'n/a' : s.qualityAuc.toFixed(3)}  (high ${s.qualityCounts.high}, low ${s.qualityCounts.low})`);
}

// A mistyped option or a missing directory gets one line and the usage, not a stack trace.
await main().catch((error: Error) => {
  console.error(`eval: ${error.message}\n${USAGE}`);
  process.exitCode = 1;
});
