import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/app.ts';
import { LiveClient, makeToken, streamCall, useLiveServer, wsUrl, type Seg } from './live-helpers.ts';

const TURNS: Seg[] = Array.from({ length: 10 }, (_, i) => ({
  speaker: i % 2 === 0 ? 'customer' : 'agent',
  text: i % 2 === 0 ? `Customer point number ${i} about the broken router.` : `Agent answer number ${i}: so the router is broken, is that right?`,
  start: i * 5, end: i * 5 + 4,
}));
const START = { agent: { id: 'agent-r', name: 'Rami' }, language: 'en' };

let server: TestServer;
let token: string;

useLiveServer((s, t) => {
  server = s;
  token = t;
});

const open = (t = token) => LiveClient.open(wsUrl(server, `/api/live?token=${t}`));

/** Sends the remaining turns after a resume and ends the call; returns the final frame. */
async function finish(c: LiveClient, fromSeq: number) {
  await streamCall(c, {}, TURNS, fromSeq);
  c.send({ type: 'end' });
  return c.next('final');
}

describe('live resume', () => {
  it('after a forced disconnect mid-call, resumes from the last stored seq with no segment lost or doubled', async () => {
    const first = await open();
    await streamCall(first, { callId: 'resume-1', ...START }, TURNS.slice(0, 4));
    first.send({ type: 'segment', seq: 5, final: true, ...TURNS[4] });
    first.ws.terminate();
    await first.closed;

    const second = await open();
    second.send({ type: 'start', callId: 'resume-1', resume: true });
    const resumed = await second.next('resumed');
    expect([4, 5]).toContain(resumed.lastSeq);
    // A client unsure whether its last segments arrived may resend them: they are refused, not doubled.
    second.send({ type: 'segment', seq: 4, final: true, ...TURNS[3] });
    expect((await second.next('error')).message).toMatch(/segment\.seq: 4 was already acknowledged \(last acknowledged: [45]\); not stored again/);
    const final = await finish(second, resumed.lastSeq + 1);
    expect(final.scorecard.turns.map((t: { text: string }) => t.text)).toEqual(TURNS.map((t) => t.text));
  });

  it('keeps an unfinished call across a server restart; the client resumes on the new server', async () => {
    const before = await open();
    await streamCall(before, { callId: 'resume-restart', ...START }, TURNS.slice(0, 3));
    server = await server.restart();
    await before.closed;

    const after = await open();
    after.send({ type: 'start', callId: 'resume-restart', resume: true });
    expect(await after.next('resumed')).toEqual({ type: 'resumed', callId: 'resume-restart', lastSeq: 3 });
    const final = await finish(after, 4);
    expect(final.scorecard.turns).toHaveLength(TURNS.length);
  });

  it('moves the call to the newest socket and closes the older one with 4409', async () => {
    const older = await open();
    await streamCall(older, { callId: 'resume-twice', ...START }, TURNS.slice(0, 2));
    const newer = await open();
    newer.send({ type: 'start', callId: 'resume-twice', resume: true });
    expect((await newer.next('resumed')).lastSeq).toBe(2);
    expect(await older.closed).toEqual({ code: 4409, reason: 'call resumed on another connection' });
    expect((await finish(newer, 3)).scorecard.turns).toHaveLength(TURNS.length);
  });

  it('refuses a resume of an unknown call, or of a call another client started', async () => {
    const c = await open();
    c.send({ type: 'start', callId: 'never-started', resume: true });
    expect((await c.next('error')).message).toBe('start.callId: no call "never-started" to resume; send start without "resume" to begin it');

    const owner = await open();
    await streamCall(owner, { callId: 'resume-owned', ...START }, TURNS.slice(0, 1));
    const stranger = await open(makeToken(server, 'qa_lead', 'other pipeline'));
    stranger.send({ type: 'start', callId: 'resume-owned', resume: true });
    expect((await stranger.next('error')).message).toMatch(/started by another client/);
    const again = await open();
    again.send({ type: 'start', callId: 'resume-owned', ...START });
    expect((await again.next('error')).message).toMatch(/already exists; send start with "resume": true/);
  });

  it('answers a resume of a call that already ended with its last seq and the final scorecard again', async () => {
    const c = await open();
    await streamCall(c, { callId: 'resume-ended', ...START }, TURNS);
    c.send({ type: 'end' });
    const final = await c.next('final');
    const late = await open();
    late.send({ type: 'start', callId: 'resume-ended', resume: true });
    expect((await late.next('resumed')).lastSeq).toBe(TURNS.length);
    expect((await late.next('final')).scorecard).toEqual(final.scorecard);
    expect((await late.closed).code).toBe(1000);
  });
});
