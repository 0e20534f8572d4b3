import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, client, removeDir, startServer, transcript, type Client, type TestServer } from '../helpers/app.ts';

let server: TestServer;
let qa: Client;

beforeAll(async () => {
  server = await startServer();
  await addUser(server, { email: 'qa@x.test', role: 'qa_lead' });
  qa = client(server);
  await qa.login('qa@x.test');
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

const VTT = `WEBVTT

00:00:00.000 --> 00:00:03.000
<v Customer>My package never arrived and I am upset about it.

00:00:03.500 --> 00:00:07.000
<v Agent>I understand, that is frustrating. So the parcel from last week did not arrive?

00:00:07.500 --> 00:00:08.500
<v Customer>Yes.

00:00:09.000 --> 00:00:12.000
<v Agent>I have sent a replacement today and I will email you the tracking number by 5 pm.
`;

describe('uploading one call', () => {
  it('stores canonical JSON and answers 201 with the scorecard', async () => {
    const r = await qa.post('/api/calls', transcript(1));
    expect(r.status).toBe(201);
    expect(r.body.duplicate).toBe(false);
    expect(r.body.scorecard).toMatchObject({ callId: 't-1', language: 'en', rubricVersion: 1 });
    expect(r.body.scorecard.turns).toHaveLength(4);
    const call = await qa.get(`/api/calls/${r.body.id}`);
    expect(call.body).toMatchObject({ id: r.body.id, externalId: 't-1', agent: { id: 'agent-a', name: 'Agent A' }, language: 'en', sourceFormat: 'json', startedAt: '2026-11-02T09:14:00.000Z' });
    expect(call.body.transcript.turns[0].text).toContain('internet');
  });

  it('answers the existing call for the same content uploaded again', async () => {
    const first = await qa.post('/api/calls', transcript(2));
    const again = await qa.post('/api/calls', transcript(2));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
  });

  it('reads a WebVTT file sent as multipart, naming the agent in the query, and creates the agent', async () => {
    const form = new FormData();
    form.append('file', new Blob([VTT], { type: 'text/vtt' }), 'delivery.vtt');
    const r = await qa.post('/api/calls?agentId=agent-vtt&agentName=Vee%20Tee', form);
    expect(r.status, r.text).toBe(201);
    const call = await qa.get(`/api/calls/${r.body.id}`);
    expect(call.body).toMatchObject({ sourceFormat: 'vtt', agent: { id: 'agent-vtt', name: 'Vee Tee' } });
    expect(call.body.transcript.turns.map((t: { speaker: string }) => t.speaker)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect((await qa.get('/api/agents')).body.items.map((a: { id: string }) => a.id)).toContain('agent-vtt');
  });

  it('reads a raw text/vtt body and a plain-text body', async () => {
    const raw = await qa.post('/api/calls?agentId=agent-raw', VTT.replace('never arrived', 'still missing'), { 'content-type': 'text/vtt' });
    expect(raw.status, raw.text).toBe(201);
    const text = await qa.post('/api/calls?agentId=agent-raw&format=text', 'Customer: My bill is wrong.\nAgent: So the bill is higher than usual? I have corrected it now.\n', { 'content-type': 'text/plain' });
    expect(text.status, text.text).toBe(201);
    expect((await qa.get(`/api/calls/${text.body.id}`)).body.sourceFormat).toBe('text');
  });

  it('keeps SQL-ish and script-ish strings as plain text', async () => {
    const evil = `'); DROP TABLE calls; -- <script>alert(1)</script>`;
    const r = await qa.post('/api/calls', transcript(3, { id: evil, agent: { id: `a' OR '1'='1`, name: '<img src=x onerror=alert(1)>' } }));
    expect(r.status).toBe(201);
    const call = await qa.get(`/api/calls/${r.body.id}`);
    expect(call.body.externalId).toBe(evil);
    expect(call.body.agent.name).toBe('<img src=x onerror=alert(1)>');
    const search = await qa.get(`/api/calls?q=${encodeURIComponent("DROP TABLE")}`);
    expect(search.body.items.map((c: { id: string }) => c.id)).toEqual([r.body.id]);
    expect((await qa.get(`/api/calls?agentId=${encodeURIComponent("a' OR '1'='1")}`)).body.total).toBe(1);
    expect((await qa.get('/health')).body).toEqual({ ok: true });
  });
});

describe('listing calls', () => {
  let lister: Client;
  beforeAll(async () => {
    const s = server;
    await addUser(s, { email: 'lister@x.test', role: 'trainer' });
    s.app.ctx.repos.agents.createTeam('Team L', 'team-l');
    s.app.ctx.repos.agents.create({ id: 'agent-l1', name: 'L One', teamId: 'team-l' });
    for (let i = 0; i < 12; i++) {
      const day = String(i + 1).padStart(2, '0');
      const lang = i % 3 === 0 ? 'fa' : 'en';
      await qa.post('/api/calls', transcript(100 + i, { agent: { id: i < 6 ? 'agent-l1' : 'agent-l2' }, language: lang, startedAt: `2026-10-${day}T10:00:00Z` }));
    }
    lister = client(s);
    await lister.login('lister@x.test');
  });

  it('pages through every call with a cursor, newest first by default, without repeats', async () => {
    const seen: string[] = [];
    let url = '/api/calls?limit=5&from=2026-10-01&to=2026-10-31';
    let total = 0;
    for (;;) {
      const r = await lister.get(url);
      expect(r.status).toBe(200);
      total = r.body.total;
      seen.push(...r.body.items.map((c: { startedAt: string }) => c.startedAt));
      if (!r.body.nextCursor) break;
      url = `/api/calls?limit=5&from=2026-10-01&to=2026-10-31&cursor=${r.body.nextCursor}`;
    }
    expect(total).toBe(12);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('filters by agent, team, dates, language and sorts by overall', async () => {
    expect((await lister.get('/api/calls?agentId=agent-l1')).body.total).toBe(6);
    expect((await lister.get('/api/calls?teamId=team-l')).body.total).toBe(6);
    expect((await lister.get('/api/calls?from=2026-10-03&to=2026-10-04')).body.total).toBe(2);
    expect((await lister.get('/api/calls?language=fa&from=2026-10-01&to=2026-10-31')).body.total).toBe(4);
    const asc = (await lister.get('/api/calls?sort=overall&limit=200')).body.items.map((c: { overall: number | null }) => c.overall ?? -1);
    expect([...asc].sort((a, b) => a - b)).toEqual(asc);
    const failing = await lister.get('/api/calls?failingItem=paraphrasing&limit=200');
    for (const c of failing.body.items) expect(c.items.paraphrasing).toBe('fail');
    const reviewed = await lister.get('/api/calls?reviewed=true');
    expect(reviewed.body.total).toBe(0);
  });

  it('refuses unknown query parameters and bad values with 400 naming the field', async () => {
    const unknown = await lister.get('/api/calls?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('colour');
    const limit = await lister.get('/api/calls?limit=500');
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain('limit');
    expect((await lister.get('/api/calls?sort=name')).status).toBe(400);
    expect((await lister.get('/api/calls?from=yesterday')).status).toBe(400);
    expect((await lister.get('/api/calls?cursor=garbage')).status).toBe(400);
    expect((await lister.get('/api/calls?failingItem=charm')).status).toBe(400);
  });
});
