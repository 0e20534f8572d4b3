/**
 * The judge itself: plans the requests for a rules scorecard, serves them from the cache or the
 * LLM, and folds the verdicts back in. LLM trouble never throws: the rules' result stands for
 * the items concerned and the scorecard lists them under `fallbacks`.
 */
import type OpenAI from 'openai';
import { scoreTaggedTurns } from '../scoring/index.ts';
import type { ItemId, ScoreOptions, Scorecard, Transcript } from '../scoring/types.ts';
import { annotateEvidence, applyJudgement } from './apply.ts';
import { cacheKey } from './cache.ts';
import { completeJson, createOpenAIClient, JudgeRequestError } from './client.ts';
import { hybridBatches, llmBatch } from './plan.ts';
import { buildMessages, reaskMessages } from './prompt.ts';
import { createSemaphore, type Semaphore } from './semaphore.ts';
import type { Batch, JudgeConfig, JudgeStats, Judgement, TokenCount } from './types.ts';
import { parseReply } from './validate.ts';

export type JudgedMode = 'hybrid' | 'llm';

export interface Judge {
  readonly config: JudgeConfig;
  /** Refines a rules scorecard of `transcript` (e.g. one a bulk job already stored). */
  refine(transcript: Transcript, rules: Scorecard, mode: JudgedMode, options?: ScoreOptions): Promise<Scorecard>;
  /** Running totals since the judge was created: requests, retries, cache hits, tokens. */
  stats(): JudgeStats;
}

const DEFAULT_TURNS_PER_REQUEST = 12;

export function createJudge(config: JudgeConfig): Judge {
  const client = createOpenAIClient(config);
  const semaphore = createSemaphore(config.maxConcurrency);
  const stats: JudgeStats = { requests: 0, retries: 0, reasks: 0, cacheHits: 0, cacheMisses: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 };
  const context: JudgeContext = { client, config, semaphore, stats };
  return {
    config,
    refine: (transcript, rules, mode, options = {}) => refine(context, transcript, rules, mode, options),
    stats: () => ({ ...stats }),
  };
}

interface JudgeContext {
  client: OpenAI;
  config: JudgeConfig;
  semaphore: Semaphore;
  stats: JudgeStats;
}

type BatchOutcome =
  | { batch: Batch; judgement: Judgement; tokens: TokenCount }
  | { batch: Batch; reason: string; tokens: TokenCount };

/** Plans the requests a scorecard needs in each mode (shared with the token measurement). */
export function planBatches(rules: Scorecard, mode: JudgedMode, config: Pick<JudgeConfig, 'maxTurnsPerRequest'>): Batch[] {
  if (mode === 'llm') return [llmBatch(rules)];
  return hybridBatches(rules, config.maxTurnsPerRequest ?? DEFAULT_TURNS_PER_REQUEST);
}

async function refine(ctx: JudgeContext, transcript: Transcript, rules: Scorecard, mode: JudgedMode, options: ScoreOptions): Promise<Scorecard> {
  const { config } = ctx;
  const batches = planBatches(rules, mode, config).filter((b) => b.questions.length > 0);
  const scorer = `${mode}:${config.model}`;
  if (batches.length === 0) return { ...rules, scorer, tokens: { prompt: 0, completion: 0 } };

  const key = cacheKey({
    transcript: transcript.turns.map((t) => [t.speaker, t.text, t.start, t.end]),
    language: rules.language,
    rubricVersion: rules.rubricVersion,
    model: config.model,
    promptVersion: config.promptVersion,
    mode,
    redact: config.redact,
    questions: batches.map((b) => b.questions),
  });
  const cached = await config.cache?.get(key);
  if (cached) {
    ctx.stats.cacheHits++;
    const questions = batches.flatMap((b) => b.questions);
    return finish(transcript, rules, options, questions, cached, { scorer, tokens: cached.tokens, fallbacks: [] });
  }
  ctx.stats.cacheMisses++;

  const outcomes = await Promise.all(batches.map((batch) => judgeBatch(ctx, batch, rules)));
  const tokens = outcomes.reduce((sum, o) => ({ prompt: sum.prompt + o.tokens.prompt, completion: sum.completion + o.tokens.completion }), { prompt: 0, completion: 0 });
  const judged = outcomes.filter((o): o is Extract<BatchOutcome, { judgement: Judgement }> => 'judgement' in o);
  const judgement: Judgement = { verdicts: judged.flatMap((o) => o.judgement.verdicts), emotions: judged.flatMap((o) => o.judgement.emotions) };
  const fallbacks = fallbacksOf(outcomes);
  ctx.stats.fallbacks += fallbacks.length;
  if (fallbacks.length === 0) await config.cache?.set(key, { ...judgement, tokens }).catch(() => undefined); // the cache only saves work
  const questions = judged.flatMap((o) => o.batch.questions);
  return finish(transcript, rules, options, questions, judgement, { scorer, tokens, fallbacks });
}

function finish(
  transcript: Transcript,
  rules: Scorecard,
  options: ScoreOptions,
  questions: Batch['questions'],
  judgement: Judgement,
  extra: Pick<Scorecard, 'scorer' | 'tokens' | 'fallbacks'>,
): Scorecard {
  const turns = applyJudgement(rules.turns, questions, judgement);
  const card = scoreTaggedTurns(transcript, turns, { ...options, language: rules.language });
  return { ...card, items: annotateEvidence(card.items, judgement), scorer: extra.scorer, tokens: extra.tokens, fallbacks: extra.fallbacks };
}

/** One request, re-asked once with the validation errors when the reply is unusable. */
async function judgeBatch(ctx: JudgeContext, batch: Batch, rules: Scorecard): Promise<BatchOutcome> {
  const tokens: TokenCount = { prompt: 0, completion: 0 };
  const ask = async (messages: ReturnType<typeof buildMessages>) => {
    const completion = await completeJson(ctx.client, ctx.config, ctx.semaphore, ctx.stats, messages);
    tokens.prompt += completion.tokens.prompt;
    tokens.completion += completion.tokens.completion;
    ctx.stats.promptTokens += completion.tokens.prompt;
    ctx.stats.completionTokens += completion.tokens.completion;
    return completion.content;
  };
  try {
    const messages = buildMessages(batch, rules.turns, rules.language, ctx.config.redact);
    const first = await ask(messages);
    const parsed = parseReply(first, batch, rules.turns);
    if (parsed.ok) return { batch, judgement: parsed.judgement, tokens };
    ctx.stats.reasks++;
    const second = parseReply(await ask(reaskMessages(messages, first, parsed.errors)), batch, rules.turns);
    if (second.ok) return { batch, judgement: second.judgement, tokens };
    return { batch, reason: `invalid output: ${second.errors.join('; ')}`, tokens };
  } catch (error) {
    const reason = error instanceof JudgeRequestError ? error.message : `error: ${(error as Error).message}`;
    return { batch, reason, tokens };
  }
}

function fallbacksOf(outcomes: BatchOutcome[]): { item: ItemId; reason: string }[] {
  const byItem = new Map<ItemId, string>();
  for (const outcome of outcomes) {
    if (!('reason' in outcome)) continue;
    for (const item of outcome.batch.questions.flatMap((q) => q.items)) {
      if (!byItem.has(item)) byItem.set(item, outcome.reason);
    }
  }
  return [...byItem].map(([item, reason]) => ({ item, reason }));
}
