import type { RedactionOptions } from '../privacy/redact.ts';
import type { ItemId, Tag } from '../scoring/types.ts';

export type ScorerMode = 'rules' | 'hybrid' | 'llm';
export const SCORER_MODES: readonly ScorerMode[] = ['rules', 'hybrid', 'llm'];

export interface JudgeConfig {
  mode: ScorerMode;
  model: string;
  /** Any OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1; OpenAI's when absent. */
  baseURL?: string;
  apiKey?: string;
  timeoutMs: number;
  maxConcurrency: number;
  /** Retries after a 429/5xx/connection error (not after a timeout). */
  maxRetries: number;
  cache?: JudgeCache;
  redact: boolean | RedactionOptions;
  /** Bump when prompts change so cached verdicts from older prompts are not reused. */
  promptVersion: string;
  /** First backoff step; doubles per retry, with jitter. */
  retryBaseMs?: number;
  /** Most agent turns asked about in one request (hybrid); more go in further requests. */
  maxTurnsPerRequest?: number;
}

/** One agent turn the judge is asked about, and which tags it decides there. */
export interface Question {
  turn: number;
  tags: Tag[];
  /** Checklist items that depend on this answer: these fall back if it fails. */
  items: ItemId[];
}

/** What goes into one request: the turns shown and the questions over them. */
export interface Batch {
  context: number[];
  questions: Question[];
  /** Customer turns whose negative feeling the judge decides. */
  emotionTurns: number[];
}

export interface TurnVerdict {
  turn: number;
  tags: Tag[];
  refersTo?: number;
  note?: string;
}

export interface Judgement {
  verdicts: TurnVerdict[];
  /** Customer turns asked about → voiced a negative feeling. */
  emotions: { turn: number; negative: boolean }[];
}

export interface TokenCount {
  prompt: number;
  completion: number;
}

/** A successful judgement of one call, as cached. */
export interface CachedJudgement extends Judgement {
  tokens: TokenCount;
}

/** Where verdicts are kept between runs; the service may plug in a SQLite-backed one. */
export interface JudgeCache {
  get(key: string): Promise<CachedJudgement | undefined>;
  set(key: string, value: CachedJudgement): Promise<void>;
}

export interface JudgeStats {
  requests: number;
  retries: number;
  reasks: number;
  cacheHits: number;
  cacheMisses: number;
  promptTokens: number;
  completionTokens: number;
  fallbacks: number;
}
