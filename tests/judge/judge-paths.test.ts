import { afterEach, describe, expect, it } from 'vitest';
import { createJudge, createMemoryCache, scoreWithJudge, type JudgeConfig } from '../../server/judge/index.ts';
import { scoreTaggedTurns, scoreTranscript } from '../../server/scoring/index.ts';
import {
  alwaysFails, badJson, citesMissingTurn, judgeReply, parseAsk, rateLimitedThen, slow, startFakeOpenAI, type FakeOpenAI,
} from '../helpers/fake-openai-server.ts';
import { englishCall, rulesWith } from './calls.ts';

let fake: FakeOpenAI;
afterEach(async () => fake?.close());

function configFor(server: FakeOpenAI, overrides: Partial<JudgeConfig> = {}): JudgeConfig {
  return {
    mode: 'hybrid', model: 'fake-model', baseURL: server.baseURL, apiKey: 'test-key',
    timeoutMs: 5_000, maxConcurrency: 2, maxRetries: 2, redact: true, promptVersion: 'test', retryBaseMs: 10,
    ...overrides,
  };
}

/** Turn 3 restates turn 2; the rules tagged it a closed question only and were unsure about a paraphrase. */
const unsureParaphrase = () =>
  rulesWith(englishCall, { tags: { 1: ['question:closed'], 3: ['question:closed'], 5: [], 7: [] }, uncertain: { 3: ['paraphrase'] } });

describe('hybrid judge through the real openai client', () => {
  it('when the judge says an uncertain turn is a paraphrase, the scorecard is rebuilt with that tag', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase'] }, refersTo: { 3: 2 } }));
    const judge = createJudge(configFor(fake));
    const card = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');

    expect(card.turns[3].tags).toContain('paraphrase');
    expect(card.turns[3].refersTo).toBe(2);
    expect(card.turns[3].uncertain).toBeUndefined();
    expect(card.scorer).toBe('hybrid:fake-model');
    expect(card.fallbacks).toEqual([]);
    expect(card.items.find((i) => i.id === 'paraphrasing')?.status).toBe('pass'); // SPEC §1: one paraphrase passes
    const rebuilt = scoreTaggedTurns(englishCall, card.turns);
    expect(card.items.map((i) => [i.id, i.status, i.score])).toEqual(rebuilt.items.map((i) => [i.id, i.status, i.score]));
    expect(card.metrics).toEqual(rebuilt.metrics);
  });

  it('sends only the window around the uncertain turn, with JSON output requested', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    await createJudge(configFor(fake)).refine(englishCall, unsureParaphrase(), 'hybrid');

    expect(fake.requests).toHaveLength(1);
    const ask = parseAsk(fake.requests[0]);
    expect([...ask.shown.keys()]).toEqual([1, 2, 3]);
    expect(ask.asked).toEqual([{ turn: 3, tags: ['paraphrase'] }]);
    expect(fake.requests[0].body.response_format).toEqual({ type: 'json_object' });
    expect(fake.requests[0].body.model).toBe('fake-model');
  });

  it('records the tokens the server reports on the scorecard', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase'] } }));
    const card = await createJudge(configFor(fake)).refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(card.tokens?.prompt).toBe(fake.promptTokens());
    expect(card.tokens?.completion).toBeGreaterThan(0);
  });

  it('estimates tokens when the server reports no usage', async () => {
    fake = await startFakeOpenAI(judgeReply({ omitUsage: true }));
    const card = await createJudge(configFor(fake)).refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(card.tokens?.prompt).toBeGreaterThan(50);
    expect(card.tokens?.completion).toBeGreaterThan(0);
  });

  it('when paraphrasing failed, asks about the replies to long customer turns and can turn the item around', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase'] }, refersTo: { 3: 2 } }));
    const rules = rulesWith(englishCall, { failing: ['paraphrasing'], tags: { 3: ['question:closed'] } });
    const card = await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');

    const asked = fake.requests.flatMap((r) => parseAsk(r).asked.map((a) => a.turn));
    expect(asked).toEqual([1, 3]); // replies to the two longest customer turns
    expect(card.turns[3].tags).toContain('paraphrase');
    expect(card.turns[1].tags).not.toContain('paraphrase');
  });

  it('when acknowledge_emotion failed, shows the first emotional customer turn and the replies right after it', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['empathy'] }, negative: [2] }));
    const rules = rulesWith(englishCall, { failing: ['acknowledge_emotion'], negative: [2], tags: { 1: ['question:closed'], 3: ['question:closed'] } });
    const card = await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');

    const ask = parseAsk(fake.requests[0]);
    expect([...ask.shown.keys()]).toEqual([2, 3, 4, 5]);
    expect(ask.asked.map((a) => a.turn)).toEqual([3, 5]);
    expect(ask.emotionTurns).toEqual([2]);
    expect(card.turns[3].tags).toContain('empathy');
    expect(card.turns[2].negativeEmotion).toBe(true);
    expect(card.items.find((i) => i.id === 'acknowledge_emotion')?.status).toBe('pass');
  });

  it('when acts_on_what_was_said failed, shows the opening request and the closing turns', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 5: ['action'] } }));
    const rules = rulesWith(englishCall, { failing: ['acts_on_what_was_said'], tags: { 5: [] } });
    const card = await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');

    const ask = parseAsk(fake.requests[0]);
    expect([...ask.shown.keys()]).toEqual([0, 4, 5, 6, 7]);
    expect(ask.asked.map((a) => a.turn)).toEqual([5, 7]);
    expect(card.turns[5].tags).toContain('action');
    expect(card.items.find((i) => i.id === 'acts_on_what_was_said')?.status).toBe('pass');
  });

  it('a judge verdict replaces only the tags it was asked about', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: [] } }));
    const rules = rulesWith(englishCall, { tags: { 3: ['paraphrase', 'question:closed'] }, uncertain: { 3: ['paraphrase'] } });
    const card = await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');
    expect(card.turns[3].tags).toEqual(['question:closed']);
  });

  it('with nothing uncertain and nothing failing, hybrid asks nothing', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const rules = rulesWith(englishCall, {});
    const card = await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');
    expect(fake.requests).toHaveLength(0);
    expect(card.scorer).toBe('hybrid:fake-model');
    expect(card.tokens).toEqual({ prompt: 0, completion: 0 });
  });
});

describe('llm mode', () => {
  it('asks about every agent turn over the whole transcript and applies the verdicts', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase', 'question:closed'], 5: ['action'] }, refersTo: { 3: 2 }, negative: [2] }));
    const judge = createJudge(configFor(fake, { mode: 'llm' }));
    const card = await scoreWithJudge(englishCall, { judge });

    const ask = parseAsk(fake.requests[0]);
    expect([...ask.shown.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ask.asked.map((a) => a.turn)).toEqual([1, 3, 5, 7]);
    expect(ask.asked[0].tags).toContain('interruption'); // no timestamps: the judge decides interruptions too
    expect(ask.emotionTurns).toEqual([0, 2, 4, 6]);
    expect(card.scorer).toBe('llm:fake-model');
    expect(card.turns[3].tags).toEqual(['paraphrase', 'question:closed']);
    expect(card.turns[5].tags).toEqual(['action']);
    expect(card.turns[2].negativeEmotion).toBe(true);
    expect(card.turns[4].negativeEmotion).toBe(false);
  });

  it('with timestamps, leaves interruptions and backchannels to the rules', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const timed = { ...englishCall, turns: englishCall.turns.map((t, i) => ({ ...t, start: i * 5, end: i * 5 + 4 })) };
    await scoreWithJudge(timed, { judge: createJudge(configFor(fake)), scorer: 'llm' });
    const tags = parseAsk(fake.requests[0]).asked[0].tags;
    expect(tags).not.toContain('interruption');
    expect(tags).not.toContain('backchannel');
    expect(tags).toContain('paraphrase');
  });

  it('the rules scorer never calls the server', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const card = await scoreWithJudge(englishCall, { judge: createJudge(configFor(fake)), scorer: 'rules' });
    expect(fake.requests).toHaveLength(0);
    expect(card).toEqual(scoreTranscript(englishCall));
  });

  it('asking for an LLM scorer without a judge keeps the rules and says why', async () => {
    const card = await scoreWithJudge(englishCall, { scorer: 'hybrid' });
    expect(card.scorer).toBe('rules');
    expect(card.fallbacks?.[0].reason).toMatch(/no LLM judge/);
  });
});

describe('failures: the rules result stands and the scorecard says which items fell back', () => {
  const rulesTags = () => unsureParaphrase().turns.map((t) => t.tags);

  it('bad JSON twice: re-asks once with the error, then falls back', async () => {
    fake = await startFakeOpenAI(badJson);
    const judge = createJudge(configFor(fake));
    const card = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');

    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].body.messages.at(-1)?.content).toMatch(/not valid JSON/);
    expect(card.fallbacks).toEqual([{ item: 'paraphrasing', reason: 'invalid output: the reply is not valid JSON' }]);
    expect(card.turns.map((t) => t.tags)).toEqual(rulesTags());
    expect(card.turns[3].uncertain).toEqual(['paraphrase']);
    expect(judge.stats().reasks).toBe(1);
  });

  it('bad JSON then a good reply: the re-ask repairs it', async () => {
    const good = judgeReply({ tags: { 3: ['paraphrase'] } });
    fake = await startFakeOpenAI((request, n) => (n === 0 ? badJson(request, n) : good(request, n)));
    const card = await createJudge(configFor(fake)).refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(card.fallbacks).toEqual([]);
    expect(card.turns[3].tags).toContain('paraphrase');
    expect(card.tokens?.prompt).toBe(fake.promptTokens()); // both requests counted
  });

  it('citing a turn that was not asked about is rejected with the reason, then falls back', async () => {
    fake = await startFakeOpenAI(citesMissingTurn);
    const card = await createJudge(configFor(fake)).refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(fake.requests[1].body.messages.at(-1)?.content).toMatch(/turn 99 was not asked about/);
    expect(card.fallbacks?.[0].item).toBe('paraphrasing');
    expect(card.fallbacks?.[0].reason).toMatch(/^invalid output: .*turn 99.*no entry for turn 3/);
    expect(card.turns.map((t) => t.tags)).toEqual(rulesTags());
  });

  it('a server slower than the timeout: falls back with reason timeout, no retry', async () => {
    fake = await startFakeOpenAI(slow(3_000, judgeReply({ tags: { 3: ['paraphrase'] } })));
    const judge = createJudge(configFor(fake, { timeoutMs: 200 }));
    const card = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(card.fallbacks).toEqual([{ item: 'paraphrasing', reason: 'timeout' }]);
    expect(card.turns.map((t) => t.tags)).toEqual(rulesTags());
    expect(fake.requests).toHaveLength(1);
    expect(judge.stats().retries).toBe(0);
  });

  it('429 then success: retried (honouring retry-after over a long backoff) and the verdict used', async () => {
    fake = await startFakeOpenAI(rateLimitedThen(1, judgeReply({ tags: { 3: ['paraphrase'] } }), '0'));
    // A 10-minute backoff base: only the server's retry-after of 0 lets this finish within the test timeout.
    const judge = createJudge(configFor(fake, { retryBaseMs: 600_000 }));
    const card = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(fake.requests).toHaveLength(2);
    expect(judge.stats().retries).toBe(1);
    expect(card.fallbacks).toEqual([]);
    expect(card.turns[3].tags).toContain('paraphrase');
  }, 10_000);

  it('500 always: retried maxRetries times, then falls back with the status', async () => {
    fake = await startFakeOpenAI(alwaysFails);
    const judge = createJudge(configFor(fake, { maxRetries: 2 }));
    const card = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(fake.requests).toHaveLength(3);
    expect(judge.stats().retries).toBe(2);
    expect(card.fallbacks?.[0]).toMatchObject({ item: 'paraphrasing', reason: expect.stringMatching(/^HTTP 500/) });
    expect(card.turns.map((t) => t.tags)).toEqual(rulesTags());
    expect(card.scorer).toBe('hybrid:fake-model');
  });

  it('an unreachable server falls back instead of throwing', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const deadURL = fake.baseURL;
    await fake.close();
    const card = await createJudge({ ...configFor(fake, { maxRetries: 0 }), baseURL: deadURL }).refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(card.fallbacks?.[0].item).toBe('paraphrasing');
    expect(card.fallbacks?.[0].reason).toMatch(/^error: /);
  });
});

describe('cache and concurrency', () => {
  it('a second run of the same call is served from the cache without a request', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase'] }, refersTo: { 3: 2 } }));
    const judge = createJudge(configFor(fake, { cache: createMemoryCache() }));
    const first = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    const second = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(fake.requests).toHaveLength(1);
    expect(second).toEqual(first);
    expect(judge.stats()).toMatchObject({ cacheHits: 1, cacheMisses: 1, requests: 1 });
  });

  it('a different model or prompt version misses the cache', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const cache = createMemoryCache();
    await createJudge(configFor(fake, { cache })).refine(englishCall, unsureParaphrase(), 'hybrid');
    await createJudge(configFor(fake, { cache, model: 'other-model' })).refine(englishCall, unsureParaphrase(), 'hybrid');
    await createJudge(configFor(fake, { cache, promptVersion: 'test-2' })).refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(fake.requests).toHaveLength(3);
  });

  it('a failed judgement is not cached: the next run asks again', async () => {
    fake = await startFakeOpenAI(alwaysFails);
    const judge = createJudge(configFor(fake, { cache: createMemoryCache(), maxRetries: 0 }));
    await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    fake.respond = judgeReply({ tags: { 3: ['paraphrase'] } });
    const card = await judge.refine(englishCall, unsureParaphrase(), 'hybrid');
    expect(fake.requests).toHaveLength(2);
    expect(card.fallbacks).toEqual([]);
  });

  it('never has more requests in flight than maxConcurrency', async () => {
    fake = await startFakeOpenAI(slow(50, judgeReply({})));
    const judge = createJudge(configFor(fake, { maxConcurrency: 2 }));
    const calls = Array.from({ length: 6 }, (_, k) => ({ ...englishCall, id: `c${k}`, turns: [...englishCall.turns, { speaker: 'agent' as const, text: `bye ${k}` }] }));
    await Promise.all(calls.map((c) => judge.refine(c, rulesWith(c, { uncertain: { 3: ['paraphrase'] } }), 'hybrid')));
    expect(fake.requests).toHaveLength(6);
    expect(fake.maxInFlight).toBeLessThanOrEqual(2);
    expect(fake.maxInFlight).toBeGreaterThan(0);
  });
});
