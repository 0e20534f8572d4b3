import { REDACTION_KINDS, type RedactionKind, type RedactionOptions } from '../privacy/redact.ts';
import { createDirectoryCache, createMemoryCache } from './cache.ts';
import { SCORER_MODES, type JudgeConfig, type ScorerMode } from './types.ts';

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const PROMPT_VERSION = 'judge-v1';

/**
 * The judge's configuration from the environment — the only place the judge reads process.env
 * (server/config.ts calls it). Throws an Error naming the variable and what was expected.
 *
 * ATTUNE_SCORER          rules | hybrid | llm (default rules)
 * ATTUNE_LLM_MODEL       model name (default gpt-4o-mini)
 * OPENAI_API_KEY         key for the server (optional for local servers)
 * OPENAI_BASE_URL        any OpenAI-compatible server, e.g. http://localhost:11434/v1
 * ATTUNE_LLM_TIMEOUT_MS  per request (default 20000)
 * ATTUNE_LLM_CONCURRENCY requests in flight at once (default 4)
 * ATTUNE_LLM_MAX_RETRIES retries after 429/5xx (default 3)
 * ATTUNE_LLM_REDACT      1 (default) | 0 | comma list of card,phone,email,id
 * ATTUNE_LLM_CACHE_DIR   directory of cached verdicts (default: overrides.cacheDir, else in memory)
 *
 * `overrides.mode` (a `--scorer` flag) wins over ATTUNE_SCORER and is checked the same way.
 */
export function judgeConfigFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: JudgeOverrides = {}): JudgeConfig {
  const mode = overrides.mode ?? parseMode(env.ATTUNE_SCORER);
  const apiKey = nonEmpty(env.OPENAI_API_KEY);
  const baseURL = nonEmpty(env.OPENAI_BASE_URL);
  if (mode !== 'rules' && !apiKey && !baseURL) {
    throw new Error(`ATTUNE_SCORER=${mode} (or --scorer ${mode}) needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server)`);
  }
  const cacheDir = nonEmpty(env.ATTUNE_LLM_CACHE_DIR) ?? overrides.cacheDir;
  return {
    mode,
    model: nonEmpty(env.ATTUNE_LLM_MODEL) ?? DEFAULT_MODEL,
    baseURL,
    apiKey,
    timeoutMs: parseInteger(env, 'ATTUNE_LLM_TIMEOUT_MS', 20_000, 1),
    maxConcurrency: parseInteger(env, 'ATTUNE_LLM_CONCURRENCY', 4, 1),
    maxRetries: parseInteger(env, 'ATTUNE_LLM_MAX_RETRIES', 3, 0),
    cache: cacheDir ? createDirectoryCache(cacheDir) : createMemoryCache(),
    redact: parseRedact(env.ATTUNE_LLM_REDACT),
    promptVersion: PROMPT_VERSION,
  };
}

/** What a caller decides rather than the environment: the CLI's/eval's `--scorer`, their cache directory. */
export interface JudgeOverrides {
  mode?: ScorerMode;
  /** Used when ATTUNE_LLM_CACHE_DIR is unset, e.g. '.attune-cache/judge' for the CLI and eval. */
  cacheDir?: string;
}

export function parseMode(value: string | undefined): ScorerMode {
  const mode = nonEmpty(value) ?? 'rules';
  if (!(SCORER_MODES as readonly string[]).includes(mode)) {
    throw new Error(`ATTUNE_SCORER: expected one of ${SCORER_MODES.join(', ')}, got "${mode}"`);
  }
  return mode as ScorerMode;
}

function parseInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name}: expected an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

function parseRedact(raw: string | undefined): boolean | RedactionOptions {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined || value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(REDACTION_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new Error(`ATTUNE_LLM_REDACT: expected 1, 0 or a list of ${REDACTION_KINDS.join(',')}, got "${raw}"`);
  }
  return Object.fromEntries(REDACTION_KINDS.map((k: RedactionKind) => [k, kinds.includes(k)]));
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
