import { describe, expect, it } from 'vitest';
import { addUser, client, type TestServer } from '../helpers/app.ts';
import { LiveClient, streamCall, useLiveServer, wsUrl } from './live-helpers.ts';

let server: TestServer;
let token: string;

useLiveServer(async (s, t) => {
  server = s;
  token = t;
  await addUser(server, { email: 'qa@w.test', role: 'qa_lead' });
  await addUser(server, { email: 'trainer@w.test', role: 'trainer' });
  await addUser(server, { email: 'ana@w.test', role: 'agent', agentId: 'agent-ana', name: 'Ana' });
  await addUser(server, { email: 'bo@w.test', role: 'agent', agentId: 'agent-bo', name: 'Bo' });
});

async function signedIn(email: string) {
  const c = client(server);
  await c.login(email);
  return c;
}

async function watch(email: string) {
  const c = await signedIn(email);
  return LiveClient.open(wsUrl(server, '/api/live/watch'), { headers: { cookie: c.cookie! } });
}

const upset = { speaker: 'customer', text: "I've been charged twice and I'm really frustrated.", start: 0, end: 4 } as const;
const cold = { speaker: 'agent', text: 'What is your account number?', start: 4.5, end: 6 } as const;

describe('watching live calls', () => {
  it('sends a snapshot, then updates, nudges and the end of calls; QA leads and trainers see all, an agent only their own', async () => {
    const streamer = await LiveClient.open(wsUrl(server, `/api/live?token=${token}`));
    await streamCall(streamer, { callId: 'watch-ana-1', agent: { id: 'agent-ana', name: 'Ana' }, language: 'en' }, [upset]);

    const qa = await watch('qa@w.test');
    const trainer = await watch('trainer@w.test');
    const ana = await watch('ana@w.test');
    const bo = await watch('bo@w.test');
    const snapshot = await qa.next('calls');
    expect(snapshot.calls).toHaveLength(1);
    expect(snapshot.calls[0]).toMatchObject({ callId: 'watch-ana-1', agent: { id: 'agent-ana', name: 'Ana' }, language: 'en', lastSeq: 1, connected: true, lastNudge: null });
    expect((await trainer.next('calls')).calls).toHaveLength(1);
    expect((await ana.next('calls')).calls.map((c: { callId: string }) => c.callId)).toEqual(['watch-ana-1']);
    expect((await bo.next('calls')).calls).toEqual([]);

    const boStreamer = await LiveClient.open(wsUrl(server, `/api/live?token=${token}`));
    await streamCall(boStreamer, { callId: 'watch-bo-1', agent: { id: 'agent-bo' }, language: 'en' }, [upset]);
    expect((await bo.next('update')).call.callId).toBe('watch-bo-1');
    expect((await qa.next('update')).call.callId).toBe('watch-bo-1');

    streamer.send({ type: 'segment', seq: 2, final: true, ...cold });
    const nudge = await ana.next('nudge');
    expect(nudge).toMatchObject({ callId: 'watch-ana-1', nudge: { item: 'acknowledge_emotion', turn: 1 } });
    const update = await ana.next('update');
    expect(update.call).toMatchObject({ callId: 'watch-ana-1', lastSeq: 2, turns: 2, lastNudge: nudge.nudge });
    expect(update.call.items.find((i: { id: string }) => i.id === 'acknowledge_emotion').status).toBe('fail');
    expect((await trainer.next('nudge')).callId).toBe('watch-ana-1');

    streamer.send({ type: 'end' });
    expect((await ana.next('ended')).callId).toBe('watch-ana-1');
    expect((await qa.next('ended')).callId).toBe('watch-ana-1');
    boStreamer.send({ type: 'end' });
    expect((await bo.next('ended')).callId).toBe('watch-bo-1');
    // Ana never heard of Bo's call.
    expect(ana.frames.filter((f) => JSON.stringify(f).includes('watch-bo-1'))).toEqual([]);
  });

  it('gives the same view over REST, scoped the same way', async () => {
    const streamer = await LiveClient.open(wsUrl(server, `/api/live?token=${token}`));
    await streamCall(streamer, { callId: 'watch-rest', agent: { id: 'agent-bo' }, language: 'en' }, [upset]);
    const ids = async (email: string) => (await (await signedIn(email)).get('/api/live/calls')).body.calls.map((c: { callId: string }) => c.callId);
    expect(await ids('qa@w.test')).toEqual(['watch-rest']);
    expect(await ids('bo@w.test')).toEqual(['watch-rest']);
    expect(await ids('ana@w.test')).toEqual([]);
    expect((await client(server).get('/api/live/calls')).status).toBe(401);
  });
});
