import { describe, expect, it } from 'vitest';
import { client, type Client, type TestServer } from '../helpers/app.ts';
import { LiveClient, streamCall, useLiveServer, wsUrl, type Seg } from './live-helpers.ts';

// Read when the live routes load: a short idle time so the test sees finalisation.
process.env.ATTUNE_LIVE_IDLE_SEC = '1';

const TURNS: Seg[] = [
  { speaker: 'customer', text: 'My card was blocked at the shop today.' },
  { speaker: 'agent', text: 'So your card was blocked at the shop today — which shop was it?' },
];

let server: TestServer;
let token: string;
let api: Client;

useLiveServer((s, t) => {
  server = s;
  token = t;
  api = client(server, { bearer: token });
}, () => {
  delete process.env.ATTUNE_LIVE_IDLE_SEC;
});

const open = () => LiveClient.open(wsUrl(server, `/api/live?token=${token}`));

/** Polls the calls list until the live call with this external id is stored. */
async function storedCall(externalId: string) {
  for (let i = 0; i < 100; i++) {
    const found = (await api.get('/api/calls?q=' + encodeURIComponent(externalId))).body.items.find((c: { externalId: string }) => c.externalId === externalId);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`call ${externalId} was never stored`);
}

describe('idle live calls', () => {
  it('finalises a call whose stream stops without end, sends final on the open socket and stores it', async () => {
    const c = await open();
    await streamCall(c, { callId: 'idle-open', agent: { id: 'agent-i' }, language: 'en' }, TURNS);
    const final = await c.next('final');
    expect(final.scorecard.turns).toHaveLength(2);
    expect(await c.closed).toEqual({ code: 1000, reason: 'call ended' });
    expect((await storedCall('idle-open')).id).toBe(final.id);
  });

  it('finalises a call whose connection dropped and was never resumed', async () => {
    const c = await open();
    await streamCall(c, { callId: 'idle-dropped', agent: { id: 'agent-i' }, language: 'en' }, TURNS);
    c.ws.terminate();
    const stored = await storedCall('idle-dropped');
    expect(stored).toMatchObject({ agent: { id: 'agent-i' }, sourceFormat: 'live' });
    expect((await api.get('/api/live/calls')).body.calls.map((x: { callId: string }) => x.callId)).not.toContain('idle-dropped');
  });

  it('finalises after a restart a call the previous run left unfinished', async () => {
    const c = await open();
    await streamCall(c, { callId: 'idle-restart', agent: { id: 'agent-i' }, language: 'en' }, TURNS);
    server = await server.restart();
    api = client(server, { bearer: token });
    const stored = await storedCall('idle-restart');
    const detail = await api.get(`/api/calls/${stored.id}`);
    expect(detail.body.transcript.turns.map((t: { text: string }) => t.text)).toEqual(TURNS.map((t) => t.text));
  });

  it('drops a call with only one speaker when it goes idle, without storing it', async () => {
    const c = await open();
    await streamCall(c, { callId: 'idle-one-sided', agent: { id: 'agent-i' }, language: 'en' }, TURNS.slice(0, 1));
    expect((await c.next('error')).message).toMatch(/call "idle-one-sided" could not be stored: .*customer/);
    expect((await c.closed).code).toBe(1000);
    const row = server.app.ctx.db.$client.prepare('SELECT status, error FROM live_calls WHERE id = ?').get('idle-one-sided') as { status: string };
    expect(row.status).toBe('failed');
  });
});
