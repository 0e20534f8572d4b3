/**
 * One JSON chat completion against any OpenAI-compatible server, with our retry policy
 * (the client's own retries are off): exponential backoff with jitter on 429/5xx and
 * connection errors, honouring retry-after; a timeout per request; a concurrency limit.
 */
import OpenAI, { APIConnectionTimeoutError, APIError } from 'openai';
import type { ChatMessage } from './prompt.ts';
import type { Semaphore } from './semaphore.ts';
import type { JudgeConfig, JudgeStats, TokenCount } from './types.ts';

export interface Completion {
  content: string;
  tokens: TokenCount;
}

/** Why a request could not be used; becomes the fallback reason on the scorecard. */
export class JudgeRequestError extends Error {}

const MAX_BACKOFF_MS = 30_000;

export function createOpenAIClient(config: JudgeConfig): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey ?? 'none', // local servers accept any key; the client insists on one
    baseURL: config.baseURL,
    maxRetries: 0,
    timeout: config.timeoutMs,
  });
}

export async function completeJson(
  client: OpenAI,
  config: JudgeConfig,
  semaphore: Semaphore,
  stats: JudgeStats,
  messages: ChatMessage[],
): Promise<Completion> {
  for (let attempt = 0; ; attempt++) {
    try {
      stats.requests++;
      return await semaphore.run(() => requestOnce(client, config, messages));
    } catch (error) {
      if (!retryable(error) || attempt >= config.maxRetries) throw new JudgeRequestError(describe(error));
      stats.retries++;
      await sleep(backoffMs(error, attempt, config.retryBaseMs ?? 500));
    }
  }
}

async function requestOnce(client: OpenAI, config: JudgeConfig, messages: ChatMessage[]): Promise<Completion> {
  const response = await client.chat.completions.create(
    { model: config.model, messages, response_format: { type: 'json_object' }, temperature: 0 },
    { timeout: config.timeoutMs },
  );
  const content = response.choices[0]?.message?.content ?? '';
  const usage = response.usage;
  return {
    content,
    tokens: usage
      ? { prompt: usage.prompt_tokens, completion: usage.completion_tokens }
      : { prompt: estimateTokens(messages.map((m) => m.content).join('\n')), completion: estimateTokens(content) },
  };
}

/**
 * Rough token count when the server reports no usage: about 4 characters per token for
 * Latin script; Persian and Arabic letters cost about twice as much.
 */
export function estimateTokens(text: string): number {
  const nonLatin = text.replace(/[\x00-\x7F]/g, '').length;
  return Math.ceil((text.length - nonLatin) / 4 + nonLatin / 2);
}

function retryable(error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError) return false; // a slow server stays slow; fall back instead
  if (!(error instanceof APIError)) return false;
  return error.status === undefined || error.status === 429 || error.status >= 500;
}

function backoffMs(error: unknown, attempt: number, baseMs: number): number {
  const retryAfter = error instanceof APIError ? error.headers?.get('retry-after') : null;
  if (retryAfter != null && retryAfter !== '') {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_BACKOFF_MS);
  }
  const exponential = Math.min(baseMs * 2 ** attempt, MAX_BACKOFF_MS);
  return exponential / 2 + Math.random() * (exponential / 2);
}

function describe(error: unknown): string {
  if (error instanceof APIConnectionTimeoutError) return 'timeout';
  if (error instanceof APIError && error.status !== undefined) return `HTTP ${error.status}: ${error.message}`;
  if (error instanceof Error) return `error: ${error.message}`;
  return 'error';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
