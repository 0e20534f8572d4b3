import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeConfigFromEnv } from '../../server/judge/index.ts';
import { alwaysFails, judgeReply, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.ts';
import { addUser, client, removeDir, startServer, waitForJob, type TestServer } from '../helpers/app.ts';

/** A call whose only commitment is vague: the judge is asked to re-check the failing "acts" item. */
function vagueCall(n: number) {
  return {
    id: `judge-${n}`, agent: { id: 'agent-j', name: 'Agent J' }, language: 'en',
    turns: [
      { speaker: 'customer', text: `My refund for order ${n} never arrived and I have waited three weeks.` },
      { speaker: 'agent', text: 'Okay, let me see.' },
      { speaker: 'customer', text: 'So when will I get it?' },
      { speaker: 'agent', text: "We'll look into it and someone will get back to you." },
    ],
  };
}

describe('the LLM judge in the service', () => {
  let fake: FakeOpenAI;
  let server: TestServer;
  let plain: TestServer;

  beforeAll(async () => {
    fake = await startFakeOpenAI(judgeReply({ tags: { 3: ['action'] } }));
    const judge = judgeConfigFromEnv({ OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'test', ATTUNE_LLM_MAX_RETRIES: '0' });
    server = await startServer({ judge });
    plain = await startServer();
    for (const s of [server, plain]) await addUser(s, { email: 'qa@x.test', role: 'qa_lead' });
  });

  afterAll(async () => {
    await server.close();
    await plain.close();
    await fake.close();
    removeDir(server.dir);
    removeDir(plain.dir);
  });

  it('refines an upload with ?scorer=hybrid and keeps the rules scorecard beside it', async () => {
    const c = client(server);
    await c.login('qa@x.test');
    const before = fake.requests.length;
    const r = await c.post('/api/calls?scorer=hybrid', vagueCall(1));
    expect(r.status).toBe(201);
    expect(r.body.scorecard.scorer).toMatch(/^hybrid:/);
    expect(fake.requests.length).toBeGreaterThan(before);
    // The fake judge calls turn 3 a concrete action, which the rules had as a vague promise.
    expect(r.body.scorecard.items.find((i: { id: string }) => i.id === 'acts_on_what_was_said').status).toBe('pass');
    const history = await c.get(`/api/calls/${r.body.id}/scorecards`);
    expect(history.body.items.map((s: { scorer: string }) => s.scorer.split(':')[0]).sort()).toEqual(['hybrid', 'rules']);
  });

  it('keeps the rules result and says which items fell back when the judge fails', async () => {
    const c = client(server);
    await c.login('qa@x.test');
    const previous = fake.respond;
    fake.respond = alwaysFails;
    try {
      const r = await c.post('/api/calls?scorer=hybrid', vagueCall(2));
      expect(r.status).toBe(201);
      expect(r.body.scorecard.fallbacks?.length).toBeGreaterThan(0);
      const acts = r.body.scorecard.items.find((i: { id: string }) => i.id === 'acts_on_what_was_said');
      expect(acts.status).toBe('fail');
    } finally {
      fake.respond = previous;
    }
  });

  it('refuses ?scorer=hybrid with a 400 when no judge is configured', async () => {
    const c = client(plain);
    await c.login('qa@x.test');
    const r = await c.post('/api/calls?scorer=hybrid', vagueCall(3));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('calls.judge_unavailable');
  });

  it('accepts a bulk upload at once and refines its calls in the background', async () => {
    const c = client(server);
    await c.login('qa@x.test');
    const ndjson = [4, 5, 6].map((n) => JSON.stringify(vagueCall(n))).join('\n');
    const r = await c.post('/api/calls/bulk?scorer=hybrid', ndjson, { 'content-type': 'application/x-ndjson' });
    expect(r.status).toBe(202);
    const job = await waitForJob(c, r.body.jobId);
    expect(job.callIds).toHaveLength(3);
    const until = Date.now() + 20_000;
    for (const id of job.callIds) {
      let scorer = '';
      while (!scorer.startsWith('hybrid') && Date.now() < until) {
        scorer = (await c.get(`/api/calls/${id}`)).body.scorecard.scorer;
        if (!scorer.startsWith('hybrid')) await new Promise((res) => setTimeout(res, 100));
      }
      expect(scorer).toMatch(/^hybrid:/);
    }
  });
});
