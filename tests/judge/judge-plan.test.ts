import { afterEach, describe, expect, it } from 'vitest';
import { createJudge, type JudgeConfig } from '../../server/judge/index.ts';
import { judgeReply, parseAsk, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.ts';
import { englishCall, rulesWith } from './calls.ts';

let fake: FakeOpenAI;
afterEach(async () => fake?.close());

function configFor(server: FakeOpenAI, overrides: Partial<JudgeConfig> = {}): JudgeConfig {
  return { mode: 'hybrid', model: 'fake-model', baseURL: server.baseURL, apiKey: 'k', timeoutMs: 5_000, maxConcurrency: 2, maxRetries: 0, redact: true, promptVersion: 'test', ...overrides };
}

const asked = () => fake.requests.flatMap((r) => parseAsk(r).asked);
const noTags = { 1: [], 3: [], 5: [], 7: [] };

describe('hybrid asks only where an answer can change an item', () => {
  it('a doubtful paraphrase is not asked about when another turn is a sure paraphrase', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const rules = rulesWith(englishCall, { tags: { ...noTags, 1: ['paraphrase'] }, uncertain: { 3: ['paraphrase'] } });
    await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');
    expect(fake.requests).toHaveLength(0);
  });

  it('a doubt between an open and a closed question is not asked about', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const rules = rulesWith(englishCall, { tags: { ...noTags, 1: ['question:closed'] }, uncertain: { 1: ['question:open'] } });
    await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');
    expect(fake.requests).toHaveLength(0);
  });

  it('a doubtful interruption is always asked about, with the customer turn before it', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 5: ['backchannel'] } }));
    const rules = rulesWith(englishCall, { tags: { ...noTags, 5: ['interruption'] }, uncertain: { 5: ['interruption'] } });
    const card = await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');
    expect(asked()).toEqual([{ turn: 5, tags: ['interruption', 'backchannel'] }]);
    expect(card.turns[5].tags).toEqual(['backchannel']);
  });

  it('several doubtful turns of one call go in one request, each turn shown once', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const rules = rulesWith(englishCall, { tags: noTags, uncertain: { 3: ['paraphrase'], 5: ['action'] } });
    await createJudge(configFor(fake)).refine(englishCall, rules, 'hybrid');
    expect(fake.requests).toHaveLength(1);
    expect([...parseAsk(fake.requests[0]).shown.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect(asked().map((a) => a.turn)).toEqual([3, 5]);
  });

  it('more doubtful turns than fit one request are split over several', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    const rules = rulesWith(englishCall, { tags: noTags, uncertain: { 1: ['action'], 3: ['paraphrase'], 5: ['action'] } });
    await createJudge(configFor(fake, { maxTurnsPerRequest: 2 })).refine(englishCall, rules, 'hybrid');
    expect(fake.requests).toHaveLength(2);
    expect(asked().map((a) => a.turn)).toEqual([1, 3, 5]);
  });
});

describe('the call language reaches the judge', () => {
  it('a Persian call is shown in Persian, with notes asked for in Persian', async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['paraphrase'] }, refersTo: { 3: 2 } }));
    const call = {
      language: 'fa' as const,
      turns: [
        { speaker: 'customer' as const, text: 'سلام، از دیروز اینترنتم قطع است.' },
        { speaker: 'agent' as const, text: 'سلام، در خدمتم.' },
        { speaker: 'customer' as const, text: 'مودم را دو بار خاموش و روشن کردم ولی فایده نداشت.' },
        { speaker: 'agent' as const, text: 'یعنی حتی بعد از دو بار راه‌اندازی مجدد هم وصل نمی‌شوید؟' },
      ],
    };
    const rules = rulesWith(call, { tags: { 1: [], 3: ['question:closed'] }, uncertain: { 3: ['paraphrase'] } });
    const card = await createJudge(configFor(fake)).refine(call, rules, 'hybrid');
    const [system, user] = fake.requests[0].body.messages;
    expect(system.content).toMatch(/in Persian/);
    expect(user.content).toMatch(/^Call language: fa/);
    expect(parseAsk(fake.requests[0]).shown.get(3)?.text).toBe('یعنی حتی بعد از دو بار راه‌اندازی مجدد هم وصل نمی‌شوید؟');
    expect(card.turns[3].tags).toEqual(['paraphrase', 'question:closed']);
    expect(card.language).toBe('fa');
  });
});
