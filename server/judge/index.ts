/**
 * Optional LLM judge for the listening checklist, through any OpenAI-compatible server
 * (OpenAI, vLLM, Ollama, llama.cpp, Azure). The rule scorer stays the default.
 *
 * Modes:
 *   rules   scoreTranscript only (no network).
 *   hybrid  rules first; the LLM judges only the turns the rules marked `uncertain` where its answer
 *           can change an item (each with the 2 turns before it), and re-checks the evidence of failing
 *           items (replies to the longest customer turns, the turns after the first emotional one, the
 *           closing), batched into one request per call (up to 12 turns asked per request).
 *   llm     the LLM tags every agent turn over the whole transcript; rules keep metrics and timing.
 *
 * How to call it:
 *   const judgeConfig = judgeConfigFromEnv();           // server/config.ts: the only reader of env
 *   const judge = judgeConfig.mode === 'rules' ? undefined : createJudge(judgeConfig);
 *   const card = await scoreWithJudge(transcript, { rubric, scorer: request.scorer ?? judgeConfig.mode, judge });
 *
 *   CLI / eval: `--scorer hybrid` → judgeConfigFromEnv(process.env, { mode: parseMode(flag), cacheDir: '.attune-cache/judge' })
 *   (throws a clear Error when the mode needs OPENAI_API_KEY / OPENAI_BASE_URL and neither is set).
 *   Bulk jobs: store `scoreTranscript(t)` at once (never wait on the LLM to accept a transcript),
 *   then `await judge.refine(t, rulesCard, 'hybrid', { rubric })` in the background and replace it.
 *   Per rubric: keep a scorer mode with the rubric and pass it as `scorer`.
 *   Eval: `measureJudgeTokens(transcripts)` reports hybrid vs whole-transcript prompt tokens;
 *   `judge.stats()` gives requests, retries, cache hits and tokens actually spent.
 *
 * Failure never throws: on error, timeout or invalid output the rules' result stands and
 * `scorecard.fallbacks` lists the items concerned with the reason. `scorecard.scorer` is
 * 'rules', 'hybrid:<model>' or 'llm:<model>'; `scorecard.tokens` what its verdicts cost (the same
 * on a cache hit; `judge.stats()` counts what was actually spent). Only successful judgements are cached.
 * Turn text is redacted (cards, phones, emails, IDs) before it leaves the machine.
 */
import { scoreTranscript } from '../scoring/index.ts';
import { ITEM_IDS, type ScoreOptions, type Scorecard, type Transcript } from '../scoring/types.ts';
import type { Judge } from './judge.ts';
import type { ScorerMode } from './types.ts';

export interface ScoreWithJudgeOptions extends ScoreOptions {
  /** Defaults to the judge's configured mode, or 'rules' without a judge. */
  scorer?: ScorerMode;
  judge?: Judge;
}

export async function scoreWithJudge(transcript: Transcript, options: ScoreWithJudgeOptions = {}): Promise<Scorecard> {
  const { scorer, judge, ...scoreOptions } = options;
  const mode = scorer ?? judge?.config.mode ?? 'rules';
  const rules = scoreTranscript(transcript, scoreOptions);
  if (mode === 'rules') return rules;
  if (!judge) {
    const reason = `scorer ${mode} requested but no LLM judge is configured`;
    return { ...rules, fallbacks: ITEM_IDS.filter((id) => id !== 'pacing').map((item) => ({ item, reason })) };
  }
  return judge.refine(transcript, rules, mode, scoreOptions);
}

export { createJudge, planBatches, type Judge, type JudgedMode } from './judge.ts';
export { judgeConfigFromEnv, parseMode, DEFAULT_MODEL, PROMPT_VERSION, type JudgeOverrides } from './config.ts';
export { createMemoryCache, createDirectoryCache } from './cache.ts';
export { measureJudgeTokens, type TokenMeasurement, type MeasureInput } from './measure.ts';
export { estimateTokens } from './client.ts';
export * from './types.ts';
