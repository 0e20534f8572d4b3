import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli.ts';
import { liveUrl } from '../../server/cli/replay.ts';
import { planReplay } from '../../server/live/replay-plan.ts';
import { client, type TestServer } from '../helpers/app.ts';
import { cardContent, useLiveServer } from './live-helpers.ts';

let server: TestServer;
let token: string;

useLiveServer((s, t) => {
  server = s;
  token = t;
});

async function replay(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['replay', ...args], { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { code, out, err };
}

describe('attune replay', () => {
  it('streams a canonical transcript as a live call and prints acks, nudges and the final scorecard, equal to an upload', async () => {
    const file = 'fixtures/transcripts/canonical/en-double-charge.json';
    const r = await replay([file, '--url', server.url, '--token', token, '--speed', '200', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const frames = r.out.trim().split('\n').map((l) => JSON.parse(l));
    const transcript = JSON.parse(readFileSync(file, 'utf8'));
    expect(frames.filter((f) => f.type === 'ack').map((f) => f.seq)).toEqual(transcript.turns.map((_: unknown, i: number) => i + 1));
    const final = frames.at(-1);
    expect(final.type).toBe('final');

    const upload = await client(server, { bearer: token }).post('/api/calls', { ...transcript, id: `${transcript.id}-upload` });
    expect({ ...cardContent(final.scorecard), callId: '' }).toEqual({ ...cardContent(upload.body.scorecard), callId: '' });
  });

  it('replays any supported format (WebVTT) with readable output', async () => {
    const r = await replay(['fixtures/transcripts/vtt/teams-fa.vtt', '--url', server.url.replace('http', 'ws'), '--token', token, '--speed', '200', '--agent-id', 'agent-sara', '--call-id', 'replay-vtt']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ack 1$/m);
    expect(r.out).toMatch(/^final: call replay-vtt stored as \S+, overall \d+/m);
  });

  it('reports a refused token and bad usage clearly', async () => {
    const refused = await replay(['fixtures/transcripts/canonical/en-double-charge.json', '--url', server.url, '--token', 'nope', '--call-id', 'x1']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/the server refused the connection \(4401\): Unknown API token/);
    expect((await replay(['a.json', '--token', 't'])).err).toMatch(/--url is required/);
    expect((await replay(['a.json', '--url', server.url, '--token', 't', '--speed', '0'])).err).toMatch(/--speed must be a number > 0, got "0"/);
    expect((await replay(['missing.json', '--url', server.url, '--token', 't'])).err).toMatch(/^attune replay: missing\.json: /);
  });

  it('sends each turn when it ends, scaled by speed; without timestamps at 2.5 words a second', () => {
    expect(planReplay([{ speaker: 'customer', text: 'a b', start: 0, end: 4 }, { speaker: 'agent', text: 'c', start: 4, end: 6 }], 2).map((p) => p.atMs)).toEqual([2000, 3000]);
    expect(planReplay([{ speaker: 'customer', text: 'one two three four five' }, { speaker: 'agent', text: 'six seven eight nine ten' }]).map((p) => p.atMs)).toEqual([2000, 4000]);
    expect(liveUrl('http://localhost:3000')).toBe('ws://localhost:3000/api/live');
  });
});
