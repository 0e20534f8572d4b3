import { afterEach, describe, expect, it } from 'vitest';
import { createJudge, createMemoryCache, measureJudgeTokens, type JudgeConfig } from '../../server/judge/index.ts';
import type { Scorecard, Tag, Transcript } from '../../server/scoring/types.ts';
import { judgeReply, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.ts';
import { longCall, rulesWith, type RulesSituation } from './calls.ts';

let fake: FakeOpenAI;
afterEach(async () => fake?.close());

function configFor(server: FakeOpenAI, overrides: Partial<JudgeConfig> = {}): JudgeConfig {
  return { mode: 'hybrid', model: 'fake-model', baseURL: server.baseURL, apiKey: 'k', timeoutMs: 5_000, maxConcurrency: 2, maxRetries: 0, redact: true, promptVersion: 'test', ...overrides };
}

/** Rules that tagged nothing, with a few doubts and failing items: what hybrid mode is for. */
function doubtful(transcript: Transcript, situation: RulesSituation): { transcript: Transcript; rules: Scorecard } {
  const none = Object.fromEntries(transcript.turns.map((_, i) => [i, [] as Tag[]]));
  return { transcript, rules: rulesWith(transcript, { ...situation, tags: { ...none, ...situation.tags } }) };
}

const fewDoubts: RulesSituation = { uncertain: { 9: ['paraphrase'], 25: ['followup'] }, failing: ['paraphrasing', 'follow_up_questions'] };
const moreDoubts: RulesSituation = { uncertain: { 7: ['paraphrase'], 15: ['followup'], 19: ['empathy'] }, failing: ['paraphrasing', 'acts_on_what_was_said'], negative: [4] };
const calls = [60, 80, 100, 120].map((turns, k) => doubtful(longCall(turns), k % 2 === 0 ? fewDoubts : moreDoubts));

describe('token budget: hybrid windows against whole transcripts', () => {
  it('measureJudgeTokens predicts what the server counts in each mode', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const judge = createJudge(configFor(fake));
    for (const { transcript, rules } of calls) await judge.refine(transcript, rules, 'hybrid');
    const hybridSent = fake.promptTokens();
    const hybridRequests = fake.requests.length;
    for (const { transcript, rules } of calls) await judge.refine(transcript, rules, 'llm');
    const wholeSent = fake.promptTokens() - hybridSent;

    const measured = measureJudgeTokens(calls);
    // The server counts characters / 4; the estimate also weighs non-Latin characters (…, —) more: within 3%.
    expect(Math.abs(measured.hybrid.promptTokens - hybridSent)).toBeLessThanOrEqual(0.03 * hybridSent);
    expect(Math.abs(measured.whole.promptTokens - wholeSent)).toBeLessThanOrEqual(0.03 * wholeSent);
    expect(measured.hybrid.promptTokens).toBeLessThan(0.5 * measured.whole.promptTokens);
    expect(measured.hybrid.requests).toBe(hybridRequests);
  });

  it('hybrid tokens stay flat as calls grow, so long calls cost under a quarter of the whole transcript', () => {
    const short = measureJudgeTokens([doubtful(longCall(60), moreDoubts)]);
    const long = measureJudgeTokens([doubtful(longCall(200), moreDoubts)]);
    expect(long.whole.promptTokens).toBeGreaterThan(2.5 * short.whole.promptTokens);
    expect(Math.abs(long.hybrid.promptTokens - short.hybrid.promptTokens)).toBeLessThan(0.05 * short.hybrid.promptTokens);
    expect(measureJudgeTokens([120, 160].map((n) => doubtful(longCall(n), moreDoubts))).ratio).toBeLessThan(0.25);
  });

  it('a call where the rules are sure costs no tokens in hybrid mode', () => {
    const sure = doubtful(longCall(60), {});
    expect(measureJudgeTokens([sure]).hybrid.promptTokens).toBe(0);
  });

  it('a second run over the same calls is served entirely from the cache', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const judge = createJudge(configFor(fake, { cache: createMemoryCache() }));
    for (const { transcript, rules } of calls) await judge.refine(transcript, rules, 'hybrid');
    const requestsAfterFirstRun = fake.requests.length;
    for (const { transcript, rules } of calls) await judge.refine(transcript, rules, 'hybrid');
    expect(fake.requests).toHaveLength(requestsAfterFirstRun);
    expect(judge.stats()).toMatchObject({ cacheMisses: calls.length, cacheHits: calls.length });
  });
});
