import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDirectoryCache, createJudge, judgeConfigFromEnv, type JudgeConfig } from '../../server/judge/index.ts';
import { judgeReply, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.ts';
import { englishCall, rulesWith } from './calls.ts';

describe('judge configuration from the environment', () => {
  it('defaults to the rules scorer with no key needed', () => {
    const config = judgeConfigFromEnv({});
    expect(config).toMatchObject({ mode: 'rules', model: 'gpt-4o-mini', timeoutMs: 20_000, maxConcurrency: 4, redact: true });
  });

  it('reads every variable', () => {
    const config = judgeConfigFromEnv({
      ATTUNE_SCORER: 'hybrid', ATTUNE_LLM_MODEL: 'qwen2.5:7b', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      ATTUNE_LLM_TIMEOUT_MS: '9000', ATTUNE_LLM_CONCURRENCY: '8', ATTUNE_LLM_MAX_RETRIES: '1', ATTUNE_LLM_REDACT: 'card,email',
    });
    expect(config).toMatchObject({
      mode: 'hybrid', model: 'qwen2.5:7b', baseURL: 'http://127.0.0.1:11434/v1', timeoutMs: 9000, maxConcurrency: 8, maxRetries: 1,
      redact: { card: true, phone: false, email: true, id: false },
    });
  });

  it('a --scorer override wins over ATTUNE_SCORER and still needs an endpoint', () => {
    expect(judgeConfigFromEnv({ OPENAI_API_KEY: 'k' }, { mode: 'llm' }).mode).toBe('llm');
    expect(() => judgeConfigFromEnv({}, { mode: 'hybrid' })).toThrow(/--scorer hybrid\) needs OPENAI_API_KEY/);
  });

  it.each([
    [{ ATTUNE_SCORER: 'smart' }, /ATTUNE_SCORER: expected one of rules, hybrid, llm, got "smart"/],
    [{ ATTUNE_SCORER: 'llm' }, /needs OPENAI_API_KEY/],
    [{ ATTUNE_LLM_TIMEOUT_MS: 'soon' }, /ATTUNE_LLM_TIMEOUT_MS: expected an integer ≥ 1, got "soon"/],
    [{ ATTUNE_LLM_CONCURRENCY: '0' }, /ATTUNE_LLM_CONCURRENCY: expected an integer ≥ 1/],
    [{ ATTUNE_LLM_REDACT: 'card,iban' }, /ATTUNE_LLM_REDACT: expected 1, 0 or a list of card,phone,email,id/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => judgeConfigFromEnv(env)).toThrow(message);
  });
});

describe('directory cache for the CLI and eval', () => {
  let fake: FakeOpenAI;
  let dir: string;
  afterEach(async () => {
    await fake?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a verdict cached by one run is reused by a later run (a new judge), without a request', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase'] }, refersTo: { 3: 2 } }));
    dir = await mkdtemp(join(tmpdir(), 'attune-judge-cache-'));
    const config = (): JudgeConfig => ({
      mode: 'hybrid', model: 'fake-model', baseURL: fake.baseURL, apiKey: 'k', timeoutMs: 5_000, maxConcurrency: 1, maxRetries: 0,
      redact: true, promptVersion: 'test', cache: createDirectoryCache(join(dir, 'judge')),
    });
    const rules = rulesWith(englishCall, { uncertain: { 3: ['paraphrase'] } });
    const first = await createJudge(config()).refine(englishCall, rules, 'hybrid');
    const secondJudge = createJudge(config());
    const second = await secondJudge.refine(englishCall, rules, 'hybrid');

    expect(fake.requests).toHaveLength(1);
    expect(second).toEqual(first);
    expect(second.turns[3].tags).toContain('paraphrase');
    expect(secondJudge.stats().cacheHits).toBe(1);
    expect((await readdir(join(dir, 'judge'))).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });
});
