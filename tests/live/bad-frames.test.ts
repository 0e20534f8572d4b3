import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/app.ts';
import { LiveClient, useLiveServer, wsUrl } from './live-helpers.ts';

// Read when the live routes load: small limits so the test can reach them.
process.env.ATTUNE_LIVE_MAX_FRAME_KB = '4';
process.env.ATTUNE_LIVE_MAX_FPS = '20';

let server: TestServer;
let token: string;

useLiveServer((s, t) => {
  server = s;
  token = t;
}, () => {
  delete process.env.ATTUNE_LIVE_MAX_FRAME_KB;
  delete process.env.ATTUNE_LIVE_MAX_FPS;
});

const open = () => LiveClient.open(wsUrl(server, `/api/live?token=${token}`));

/** Sends one frame and returns the error message it earned. */
async function errorFor(c: LiveClient, frame: unknown): Promise<string> {
  c.send(frame);
  return (await c.next('error')).message;
}

const seg = (seq: number, extra: Record<string, unknown> = {}) =>
  ({ type: 'segment', seq, speaker: seq % 2 ? 'customer' : 'agent', text: `words of segment ${seq}`, start: seq, end: seq + 0.5, final: true, ...extra });

describe('bad live frames', () => {
  it('answers each bad frame with a precise error, keeps the socket open and keeps the accepted segments', async () => {
    const c = await open();
    expect(await errorFor(c, 'hello')).toBe('not JSON: expected a JSON object like {"type":"segment",…}, got "hello"');
    expect(await errorFor(c, '[1,2]')).toBe('frame: expected a JSON object with a "type", got [1,2]');
    expect(await errorFor(c, { type: 'hangup' })).toBe('type: expected "start", "segment" or "end", got "hangup"');
    expect(await errorFor(c, seg(1))).toBe('segment: send start before segments');
    expect(await errorFor(c, { type: 'end' })).toBe('end: send start before end');
    expect(await errorFor(c, { type: 'start', callId: 'bad-1' })).toMatch(/^start\.agent: expected \{ "id": "…", "name": "…" \} naming the agent/);
    expect(await errorFor(c, { type: 'start', callId: 42, agent: { id: 'a' } })).toBe('start.callId: expected a non-empty string of at most 200 characters, got 42');
    expect(await errorFor(c, { type: 'start', callId: 'bad-1', agent: { id: 'a' }, language: 'de' })).toBe('start.language: expected one of en, fa, ar (or leave it out to detect it), got "de"');

    c.send({ type: 'start', callId: 'bad-1', agent: { id: 'agent-b' }, language: 'en' });
    c.send(seg(1));
    expect((await c.next('ack')).seq).toBe(1);
    expect(await errorFor(c, { type: 'start', callId: 'bad-2', agent: { id: 'agent-b' } })).toMatch(/^start: this socket already carries call "bad-1"/);
    expect(await errorFor(c, seg(1))).toBe('segment.seq: 1 was already acknowledged (last acknowledged: 1); not stored again');
    expect(await errorFor(c, seg(3))).toBe('segment.seq: expected 2 (last acknowledged: 1), got 3; seq goes up by one per segment');
    expect(await errorFor(c, seg(2, { seq: '2' }))).toBe('segment.seq: expected an integer ≥ 1, got "2"');
    expect(await errorFor(c, seg(2, { speaker: 'bot' }))).toBe('segment.speaker: expected "agent" or "customer", got "bot"');
    expect(await errorFor(c, seg(2, { text: 5 }))).toBe('segment.text: expected a string, got 5');
    expect(await errorFor(c, seg(2, { text: '   ' }))).toBe('segment.text: expected some words, got "   "');
    expect(await errorFor(c, seg(2, { start: '2' }))).toBe('segment.start: expected a number of seconds ≥ 0, got "2"');
    expect(await errorFor(c, seg(2, { start: 3, end: 2 }))).toBe('segment.end: expected a time ≥ start (3), got 2');
    expect(await errorFor(c, seg(2, { final: 'yes' }))).toBe('segment.final: expected true or false, got "yes"');
    expect(await errorFor(c, seg(2, { start: 0.5, end: 0.9 }))).toMatch(/^segment\.start: expected ≥ 1 \(the previous segment's start/);
    expect(await errorFor(c, seg(2, { text: 'x'.repeat(5000) }))).toMatch(/^frame too large: 50\d\d bytes, the limit is 4096 bytes; frame dropped$/);
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await c.next('error')).message).toBe('binary frames are not accepted: send JSON text frames');

    c.send(seg(2));
    expect((await c.next('ack')).seq).toBe(2);
    c.send({ type: 'end' });
    const final = await c.next('final');
    expect(final.scorecard.turns.map((t: { text: string }) => t.text)).toEqual(['words of segment 1', 'words of segment 2']);
  });

  it('drops frames over the per-socket rate with one error a second, and keeps the socket open', async () => {
    const c = await open();
    c.send({ type: 'start', callId: 'flood', agent: { id: 'agent-b' }, language: 'en' });
    for (let i = 0; i < 100; i++) c.send({ type: 'hangup' });
    let rate = await c.next('error');
    while (!rate.message.startsWith('too many frames')) rate = await c.next('error');
    expect(rate.message).toBe('too many frames: at most 20 per second (bursts of 40); frames over the limit are dropped, resend them');
    await new Promise((r) => setTimeout(r, 1200)); // let the bucket refill
    // The burst got its own (type) errors; the rest of the flood one rate error, not sixty.
    const errors = c.of('error').map((e) => e.message);
    expect(errors.filter((m) => m.startsWith('too many frames'))).toHaveLength(1);
    expect(errors.filter((m) => m.startsWith('type:')).length).toBeLessThan(50);
    c.send(seg(1));
    expect((await c.next('ack')).seq).toBe(1);
  });

  it('closes with 1009 on a frame above the hard limit of 1 MiB, and keeps the call for a resume', async () => {
    const c = await open();
    c.send({ type: 'start', callId: 'huge', agent: { id: 'agent-b' }, language: 'en' });
    c.send(seg(1));
    await c.next('ack');
    c.send('x'.repeat(1024 * 1024 + 1));
    expect((await c.closed).code).toBe(1009);
    const again = await open();
    again.send({ type: 'start', callId: 'huge', resume: true });
    expect((await again.next('resumed')).lastSeq).toBe(1);
  });

  it('the watch socket takes no frames', async () => {
    const w = await LiveClient.open(wsUrl(server, `/api/live/watch?token=${token}`));
    await w.next('calls');
    expect(await errorFor(w, { type: 'start' })).toBe('the watch socket only sends; it takes no frames');
  });
});
