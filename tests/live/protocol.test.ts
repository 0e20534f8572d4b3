import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { IncrementalScorer } from '../../server/live/incremental.ts';
import { DEFAULT_RUBRIC, scoreTranscript } from '../../server/scoring/index.ts';
import { addUser, client, removeDir, startServer, type TestServer } from '../helpers/app.ts';
import { cardContent, LiveClient, makeToken, streamCall, wsUrl, type Seg } from './live-helpers.ts';

const CALL: Seg[] = [
  { speaker: 'customer', text: 'Hi, my internet has been down since yesterday and I am really frustrated.', start: 0, end: 4 },
  { speaker: 'agent', text: 'I am sorry to hear that. So your connection dropped yesterday — what do you see on the router?', start: 4.5, end: 9 },
  { speaker: 'customer', text: 'A red light on the front.', start: 9.5, end: 11 },
  { speaker: 'agent', text: 'I have reset your line now and I will call you back at 3 pm today to confirm it works.', start: 11.5, end: 16 },
];

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startServer();
  token = makeToken(server, 'qa_lead');
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

describe('live protocol', () => {
  it('acks each final segment after storing it, sends a running score, and a final scorecard on end', async () => {
    const c = await LiveClient.open(wsUrl(server, '/api/live'), { headers: { authorization: `Bearer ${token}` } });
    c.send({ type: 'start', callId: 'live-1', agent: { id: 'agent-l', name: 'Lina' }, language: 'en' });
    c.send({ type: 'segment', seq: 1, final: true, ...CALL[0] });
    expect(await c.next('ack')).toEqual({ type: 'ack', seq: 1 });
    const stored = server.app.ctx.db.$client.prepare('SELECT seq, text FROM live_segments WHERE live_call_id = ?').all('live-1');
    expect(stored).toEqual([{ seq: 1, text: CALL[0].text }]);
    const score = await c.next('score');
    expect(score.items.map((i: { id: string }) => i.id)).toContain('acknowledge_emotion');
    expect(Object.keys(score.items[0]).sort()).toEqual(['id', 'score', 'status']);

    for (let i = 1; i < CALL.length; i++) {
      c.send({ type: 'segment', seq: i + 1, final: true, ...CALL[i] });
      expect((await c.next('ack')).seq).toBe(i + 1);
      await c.next('score');
    }
    c.send({ type: 'end' });
    const final = await c.next('final');
    expect(final.callId).toBe('live-1');
    expect(final.scorecard.turns).toHaveLength(4);
    expect(final.scorecard.overall).toBe(c.of('score').at(-1)!.overall);
    expect(await c.closed).toEqual({ code: 1000, reason: 'call ended' });
  });

  it('gives the same scorecard as uploading the same transcript, and lists the call with its agent', async () => {
    const c = await LiveClient.open(wsUrl(server, `/api/live?token=${token}`));
    const startedAt = '2026-11-02T09:14:00.000Z';
    await streamCall(c, { callId: 'live-2', agent: { id: 'agent-m', name: 'Mani' }, language: 'en', startedAt }, CALL);
    c.send({ type: 'end' });
    const final = await c.next('final');

    const api = client(server, { bearer: token });
    const upload = await api.post('/api/calls', {
      id: 'live-2-upload', agent: { id: 'agent-m', name: 'Mani' }, language: 'en', startedAt, turns: CALL,
    });
    expect(upload.status).toBe(201);
    expect({ ...cardContent(final.scorecard), callId: 'x' }).toEqual({ ...cardContent(upload.body.scorecard), callId: 'x' });

    const list = await api.get('/api/calls?agentId=agent-m');
    const live = list.body.items.find((i: { externalId: string }) => i.externalId === 'live-2');
    expect(live).toMatchObject({ id: final.id, agent: { id: 'agent-m', name: 'Mani' }, sourceFormat: 'live', overall: final.scorecard.overall });
  });

  it('lets a partial segment be replaced by later ones with the same seq; only the final one is kept and acked', async () => {
    const c = await LiveClient.open(wsUrl(server, `/api/live?token=${token}`));
    c.send({ type: 'start', callId: 'live-3', agent: { id: 'agent-l' }, language: 'en' });
    c.send({ type: 'segment', seq: 1, speaker: 'customer', text: 'My bill', final: false });
    c.send({ type: 'segment', seq: 1, speaker: 'customer', text: 'My bill is wrong this', final: false });
    c.send({ type: 'segment', seq: 1, speaker: 'customer', text: 'My bill is wrong this month.', final: true });
    c.send({ type: 'segment', seq: 2, speaker: 'agent', text: 'So your bill is wrong this month — which charge looks off?', final: true });
    expect((await c.next('ack')).seq).toBe(1);
    expect((await c.next('ack')).seq).toBe(2);
    c.send({ type: 'end' });
    const final = await c.next('final');
    expect(final.scorecard.turns.map((t: { text: string }) => t.text)).toEqual([
      'My bill is wrong this month.', 'So your bill is wrong this month — which charge looks off?',
    ]);
    expect(c.of('ack')).toHaveLength(2);
    expect(c.of('error')).toEqual([]);
  });

  it('accepts the session cookie from our own origin, and closes with 4401/4403 on a missing, bad or wrong-role credential', async () => {
    await addUser(server, { email: 'agent9@x.test', role: 'agent', agentId: 'agent-9' });
    const agent = client(server);
    await agent.login('agent9@x.test');
    const own = await LiveClient.open(wsUrl(server, '/api/live'), { headers: { cookie: agent.cookie! } });
    own.send({ type: 'start', callId: 'live-agent-own', agent: { id: 'agent-9' }, language: 'en' });
    own.send({ type: 'segment', seq: 1, speaker: 'customer', text: 'Hello there.' });
    expect((await own.next('ack')).seq).toBe(1);
    own.send({ type: 'start', callId: 'other', agent: { id: 'agent-1' } });
    expect((await own.next('error')).message).toMatch(/already carries call "live-agent-own"/);
    const foreign = await LiveClient.open(wsUrl(server, '/api/live'), { headers: { cookie: agent.cookie! } });
    foreign.send({ type: 'start', callId: 'live-agent-foreign', agent: { id: 'agent-1' } });
    expect((await foreign.next('error')).message).toMatch(/start\.agent\.id: you may stream only your own calls/);

    const cases: [string, Record<string, string>, number, RegExp][] = [
      ['/api/live', {}, 4401, /sign in first/],
      ['/api/live?token=nope', {}, 4401, /Unknown API token/],
      ['/api/live', { authorization: 'Bearer nope' }, 4401, /Unknown API token/],
      ['/api/live', { authorization: 'Basic abc' }, 4401, /Bearer/],
      [`/api/live?token=${makeToken(server, 'trainer')}`, {}, 4403, /role trainer may not/],
      ['/api/live', { cookie: agent.cookie!, origin: 'http://evil.example' }, 4403, /origin http:\/\/evil\.example/],
      ['/api/live/watch', {}, 4401, /sign in first/],
    ];
    for (const [path, headers, code, reason] of cases) {
      const c = await LiveClient.open(wsUrl(server, path), { headers });
      const closed = await c.closed;
      expect(closed.code, path).toBe(code);
      expect(closed.reason, path).toMatch(reason);
    }
  });
});

describe('live routes over plain HTTP', () => {
  it('answers a request without a WebSocket upgrade with 426 and a JSON error', async () => {
    for (const path of ['/api/live', '/api/live/watch']) {
      const r = await client(server).get(path);
      expect(r.status).toBe(426);
      expect(r.body.error.code).toBe('live.upgrade_required');
    }
  });
});

describe('incremental scoring', () => {
  const dir = 'fixtures/demo/calls';
  const files = readdirSync(dir);
  it.each(files)('scores %s turn by turn to exactly scoreTranscript of the whole call (language given or detected)', (file) => {
    const { transcript } = parseTranscript(readFileSync(`${dir}/${file}`), { filename: file, format: 'auto' });
    for (const language of [transcript.language, undefined]) {
      const t = { ...transcript, language };
      const scorer = new IncrementalScorer(t.id ?? '', DEFAULT_RUBRIC, language);
      for (const turn of t.turns) scorer.add(turn);
      expect(isDeepStrictEqual(scorer.scorecard(), scoreTranscript(t, { rubric: DEFAULT_RUBRIC }))).toBe(true);
    }
  });
});
