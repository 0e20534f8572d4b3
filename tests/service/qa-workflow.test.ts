import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, client, removeDir, startServer, transcript, waitForJob, type Client, type TestServer } from '../helpers/app.ts';

let server: TestServer;
let qa: Client;
let agent: Client;

beforeAll(async () => {
  server = await startServer();
  await addUser(server, { email: 'qa@x.test', role: 'qa_lead', name: 'Quinn QA' });
  await addUser(server, { email: 'a@x.test', role: 'agent', agentId: 'agent-a', name: 'Agent A' });
  qa = client(server);
  await qa.login('qa@x.test');
  agent = client(server);
  await agent.login('a@x.test');
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

const autoStatus = (card: { items: { id: string; status: string }[] }, id: string) => card.items.find((i) => i.id === id)!.status;

describe('overrides, disputes and the audit log', () => {
  it('keeps the auto status beside a QA override and makes the override the effective status', async () => {
    const up = await qa.post('/api/calls', transcript(1));
    const auto = autoStatus(up.body.scorecard, 'paraphrasing');
    const other = auto === 'fail' ? 'pass' : 'fail';
    const o = await qa.post(`/api/calls/${up.body.id}/overrides`, { itemId: 'paraphrasing', status: other, score: 55, reason: 'Heard a restatement at 0:05' });
    expect(o.status).toBe(201);
    expect(o.body).toMatchObject({ itemId: 'paraphrasing', status: other, score: 55, autoStatus: auto, by: { name: 'Quinn QA' } });
    const detail = (await qa.get(`/api/calls/${up.body.id}`)).body;
    expect(autoStatus(detail.scorecard, 'paraphrasing')).toBe(auto);
    expect(detail.items.paraphrasing).toBe(other);
    expect(detail.reviewed).toBe(true);
    expect((await qa.get('/api/calls?reviewed=true')).body.items.map((c: { id: string }) => c.id)).toEqual([up.body.id]);
  });

  it('lets an agent dispute an item and a QA lead accept it, which applies an override; all audited', async () => {
    const up = await qa.post('/api/calls', transcript(2));
    const id = up.body.id;
    const d = await agent.post(`/api/calls/${id}/disputes`, { itemId: 'follow_up_questions', reason: 'I asked about the router light' });
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({ callId: id, itemId: 'follow_up_questions', status: 'open' });
    expect((await agent.post(`/api/calls/${id}/disputes`, { itemId: 'follow_up_questions', reason: 'again' })).status).toBe(409);
    expect((await qa.post(`/api/calls/${id}/disputes`, { itemId: 'pacing', reason: 'qa cannot' })).status).toBe(403);
    expect((await qa.get('/api/calls?disputed=true')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    const open = await qa.get('/api/disputes?status=open');
    expect(open.body.items.map((x: { id: string }) => x.id)).toContain(d.body.id);
    expect(open.body.items[0].call).toMatchObject({ id, agent: { id: 'agent-a' } });
    expect((await agent.get('/api/disputes')).body.items).toHaveLength(1);

    expect((await agent.post(`/api/disputes/${d.body.id}/resolve`, { decision: 'accepted', note: 'me' })).status).toBe(403);
    const resolved = await qa.post(`/api/disputes/${d.body.id}/resolve`, { decision: 'accepted', note: 'Yes, that was a follow-up', status: 'pass', score: 100 });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'accepted', resolution: { note: 'Yes, that was a follow-up', by: { name: 'Quinn QA' } } });
    expect((await qa.post(`/api/disputes/${d.body.id}/resolve`, { decision: 'rejected', note: 'changed my mind' })).status).toBe(409);

    const detail = (await agent.get(`/api/calls/${id}`)).body;
    expect(detail.items.follow_up_questions).toBe('pass');
    expect(detail.disputed).toBe(false);
    expect(detail.overrides[0]).toMatchObject({ itemId: 'follow_up_questions', status: 'pass', disputeId: d.body.id });
    const audit = (await qa.get(`/api/calls/${id}/audit`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['call.created', 'dispute.opened', 'dispute.accepted']);
  });

  it('a rejected dispute leaves the scores alone', async () => {
    const up = await qa.post('/api/calls', transcript(3));
    const before = (await qa.get(`/api/calls/${up.body.id}`)).body.items;
    const d = await agent.post(`/api/calls/${up.body.id}/disputes`, { itemId: 'pacing', reason: 'I was not rushing' });
    await qa.post(`/api/disputes/${d.body.id}/resolve`, { decision: 'rejected', note: 'You were.' });
    const after = (await qa.get(`/api/calls/${up.body.id}`)).body;
    expect(after.items).toEqual(before);
    expect(after.overrides).toEqual([]);
    expect((await qa.get('/api/disputes?status=rejected')).body.items.map((x: { id: string }) => x.id)).toEqual([d.body.id]);
  });
});

describe('calibration', () => {
  it('computes per-item agreement and Cohen\'s kappa between QA and auto statuses on reviewed calls', async () => {
    const s = await startServer();
    try {
      await addUser(s, { email: 'qa@x.test', role: 'qa_lead' });
      const c = client(s);
      await c.login('qa@x.test');
      // Four reviewed calls; on "pacing" QA says [pass, pass, fail, fail] against auto [a0..a3].
      const ids: string[] = [];
      const autos: string[] = [];
      for (let i = 0; i < 4; i++) {
        const up = await c.post('/api/calls', transcript(10 + i));
        ids.push(up.body.id);
        autos.push(autoStatus(up.body.scorecard, 'pacing'));
      }
      const qaStatuses = ['pass', 'pass', 'fail', 'fail'];
      for (let i = 0; i < 4; i++) await c.post(`/api/calls/${ids[i]}/overrides`, { itemId: 'pacing', status: qaStatuses[i], reason: 'calibration' });
      // An unreviewed call does not count.
      await c.post('/api/calls', transcript(20));
      const pairs = qaStatuses.map((q, i) => [q, autos[i]]);
      const n = pairs.length;
      const po = pairs.filter(([a, b]) => a === b).length / n;
      const cats = [...new Set(pairs.flat())];
      const pe = cats.reduce((sum, k) => sum + (pairs.filter(([a]) => a === k).length / n) * (pairs.filter(([, b]) => b === k).length / n), 0);
      const r = await c.get('/api/reports/calibration');
      const pacing = r.body.items.find((x: { itemId: string }) => x.itemId === 'pacing');
      expect(pacing.reviewed).toBe(4);
      expect(pacing.agreement).toBeCloseTo(po, 3);
      if (pe === 1) expect(pacing.kappa).toBeNull();
      else expect(pacing.kappa).toBeCloseTo((po - pe) / (1 - pe), 3);
      // Items the reviewer let stand agree with the auto status by definition.
      const other = r.body.items.find((x: { itemId: string }) => x.itemId === 'interruptions');
      expect(other).toMatchObject({ reviewed: 4, agreement: 1 });
    } finally {
      await s.close();
      removeDir(s.dir);
    }
  });
});

describe('CSV export', () => {
  it('streams one row per call with overall and item statuses, escaping quotes, commas and formulas', async () => {
    await qa.post('/api/calls', transcript(30, { id: 'has "quotes", commas', agent: { id: 'agent-csv', name: '=HYPERLINK("x")' } }));
    const r = await qa.get('/api/export/scorecards.csv?agentId=agent-csv');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toBe('call_id,external_id,agent_id,agent_name,language,started_at,duration_sec,source_format,overall,reviewed,disputed,interruptions,paraphrasing,follow_up_questions,acknowledge_emotion,acts_on_what_was_said,pacing');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"has ""quotes"", commas"');
    expect(lines[1]).toContain(`'=HYPERLINK(""x"")`);
    expect(lines[1]).toMatch(/,(pass|warn|fail|n\/a)$/);
    const all = await qa.get('/api/export/scorecards.csv');
    expect(all.text.trim().split('\r\n').length - 1).toBe((await qa.get('/api/calls')).body.total);
    const mine = await agent.get('/api/export/scorecards.csv');
    for (const line of mine.text.trim().split('\r\n').slice(1)) expect(line).toContain(',agent-a,');
  });
});

describe('rubric versions', () => {
  it('re-scores every call in the background with the new version and keeps the old scorecards', async () => {
    const up = await qa.post('/api/calls', transcript(40));
    const before = (await qa.get('/api/rubric')).body;
    const r = await qa.put('/api/rubric', { items: { pacing: { enabled: false, weight: 0 } }, thresholds: { maxTalkShare: 0.7 } });
    expect(r.status).toBe(202);
    expect(r.body.rubric.version).toBe(before.version + 1);
    expect(r.body.rubric.items.pacing).toEqual({ enabled: false, weight: 0 });
    expect(r.body.rubric.thresholds.maxTalkShare).toBe(0.7);
    const job = await waitForJob(qa, r.body.jobId);
    const total = (await qa.get('/api/calls')).body.total;
    expect(job).toMatchObject({ kind: 'rescore', total, done: total, failed: 0 });
    const history = (await qa.get(`/api/calls/${up.body.id}/scorecards`)).body.items;
    expect(history.map((s: { rubricVersion: number }) => s.rubricVersion)).toEqual([before.version, before.version + 1]);
    expect((await qa.get(`/api/calls/${up.body.id}`)).body.scorecard.rubricVersion).toBe(before.version + 1);
    expect((await qa.get('/api/rubric/versions')).body.items.map((v: { version: number }) => v.version)).toEqual([before.version + 1, before.version]);
    expect((await qa.put('/api/rubric', { items: {}, thresholds: { minWpm: 300, maxWpm: 100 } })).status).toBe(400);
    const rescored = await qa.post(`/api/calls/${up.body.id}/rescore`);
    expect(rescored.status).toBe(200);
    expect((await qa.get(`/api/calls/${up.body.id}/scorecards`)).body.items).toHaveLength(3);
  });
});
