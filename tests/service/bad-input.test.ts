import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, client, removeDir, startServer, transcript, type Client, type TestServer } from '../helpers/app.ts';

let server: TestServer;
let qa: Client;

beforeAll(async () => {
  server = await startServer({ maxBodyBytes: 64 * 1024 });
  await addUser(server, { email: 'qa@x.test', role: 'qa_lead' });
  qa = client(server);
  await qa.login('qa@x.test');
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

/** Every case answers its 4xx in the one error shape, and the server stays healthy. */
async function expectError(r: { status: number; body: any }, status: number, code?: string) {
  expect(r.status).toBe(status);
  expect(typeof r.body?.error?.code).toBe('string');
  expect(typeof r.body?.error?.message).toBe('string');
  if (code) expect(r.body.error.code).toBe(code);
  expect((await qa.get('/health')).status).toBe(200);
}

describe('bad input', () => {
  it('malformed JSON → 400', async () => {
    await expectError(await qa.post('/api/calls', '{"turns": [', { 'content-type': 'application/json' }), 400, 'request.malformed_json');
  });

  it('wrong content type → 415', async () => {
    await expectError(await qa.post('/api/calls', '<xml/>', { 'content-type': 'application/xml' }), 415);
  });

  it('unknown format → 400 naming format', async () => {
    const r = await qa.post('/api/calls?format=docx', transcript(1));
    await expectError(r, 400, 'request.invalid');
    expect(r.body.error.message).toContain('format');
  });

  it('empty transcript and one-speaker transcript → 422 naming the field', async () => {
    const empty = await qa.post('/api/calls', transcript(2, { turns: [] }));
    await expectError(empty, 422, 'transcript.unreadable');
    expect(empty.body.error.message).toContain('turns');
    const one = await qa.post('/api/calls', transcript(3, { turns: [{ speaker: 'agent', text: 'hello' }, { speaker: 'agent', text: 'anyone?' }] }));
    await expectError(one, 422, 'transcript.unreadable');
    await expectError(await qa.post('/api/calls', '', { 'content-type': 'text/plain' }), 422);
  });

  it('bad times → 422 naming the turn', async () => {
    const base = transcript(4);
    const backwards = { ...base, turns: base.turns.map((t, i) => (i === 1 ? { ...t, start: 9, end: 2 } : t)) };
    const r = await qa.post('/api/calls', backwards);
    await expectError(r, 422, 'transcript.unreadable');
    expect(r.body.error.message).toMatch(/turns\[1\]|turn 2|line/);
    await expectError(await qa.post('/api/calls', { ...base, turns: base.turns.map((t) => ({ ...t, start: 'soon' })) }), 422);
    await expectError(await qa.post('/api/calls', { ...base, startedAt: 'last tuesday' }), 422);
  });

  it('no agent anywhere → 422', async () => {
    await expectError(await qa.post('/api/calls', transcript(5, { agent: undefined })), 422);
  });

  it('oversize body → 413', async () => {
    const big = transcript(6, { padding: 'x'.repeat(100 * 1024) });
    await expectError(await qa.post('/api/calls', big), 413, 'request.too_large');
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(100 * 1024)]), 'big.json');
    await expectError(await qa.post('/api/calls', form), 413, 'request.too_large');
  });

  it('unknown fields in bodies and queries → 400 naming them', async () => {
    const r = await qa.post('/api/auth/login', { email: 'qa@x.test', password: 'password123', remember: true });
    await expectError(r, 400);
    expect(r.body.error.message).toContain('remember');
    await expectError(await qa.get('/api/disputes?status=open&x=1'), 400);
    await expectError(await qa.get('/api/reports/calibration?weeks=3'), 400);
  });

  it('script-ish and SQL-ish strings in review text fields are stored verbatim', async () => {
    const call = await qa.post('/api/calls', transcript(7));
    const reason = `<script>fetch('/api/users')</script>'; DELETE FROM overrides; --`;
    const o = await qa.post(`/api/calls/${call.body.id}/overrides`, { itemId: 'pacing', status: 'fail', reason });
    expect(o.status).toBe(201);
    const detail = await qa.get(`/api/calls/${call.body.id}`);
    expect(detail.body.overrides[0].reason).toBe(reason);
  });

  it('unknown ids → 404 in the error shape, unknown API routes too', async () => {
    await expectError(await qa.get('/api/calls/nope'), 404, 'calls.not_found');
    await expectError(await qa.get('/api/jobs/nope'), 404, 'jobs.not_found');
    await expectError(await qa.post('/api/disputes/nope/resolve', { decision: 'rejected', note: 'x' }), 404);
    await expectError(await qa.get('/api/nothing-here'), 404);
  });
});

describe('garbage in every format', () => {
  const garbage = ['', ' ', '\u0000\u0001\u0002', '{}', '[]', 'null', '{"turns": "no"}', '{"turns": [{"speaker": 5}]}', 'WEBVTT\n\n99:99 --> xx\n<v>', '1\n00:00:01,000 --> 00:00:00,000\n',
    'speaker,text,start,end\nagent,hi,abc,\n', '\uFEFF\uFFFE' + 'ا'.repeat(1000), '{"results": {"items": [{}]}}', '{"segments": [{"start": -1}]}', '{"utterances": null}',
    `${'{'.repeat(5000)}`];
  const formats = ['auto', 'json', 'text', 'vtt', 'srt', 'csv', 'aws', 'deepgram', 'assemblyai', 'whisper'];
  it('never answers 5xx, whatever the format option and content', async () => {
    for (const format of formats) {
      for (const body of garbage) {
        const r = await qa.post(`/api/calls?format=${format}&agentId=fuzz`, body, { 'content-type': 'text/plain' });
        expect(r.status, `${format}: ${JSON.stringify(body).slice(0, 40)} → ${r.text}`).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(r.body.error.code).toBeTypeOf('string');
      }
    }
    expect((await qa.get('/health')).status).toBe(200);
  });
});
