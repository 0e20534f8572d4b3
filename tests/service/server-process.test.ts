import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, removeDir, transcript } from '../helpers/app.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SECRET_TEXT = 'my card number is 4111 1111 1111 1111 and I am upset';
let child: ChildProcess;
let output = '';
let url = '';
let dir = '';

/** Resolves with the first match of `pattern` in the process output. */
function waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = output.match(pattern);
      if (m) resolve(m);
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
    check();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'attune-proc-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ATTUNE_DB: path.join(dir, 'a.db'), ATTUNE_DEMO: '1', ATTUNE_DEMO_PASSWORD: 'demo-secret-pw', ATTUNE_WORKERS: '1', LOG_LEVEL: 'info' },
  });
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  url = (await waitFor(/listening on (http:\/\/localhost:\d+)/))[1].replace('localhost', '127.0.0.1');
});
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  removeDir(dir);
});

describe('the server process', () => {
  it('seeds the demo, prints the logins, and accepts them', async () => {
    for (const email of ['admin@demo.attune', 'qa@demo.attune', 'trainer@demo.attune', 'agent1@demo.attune', 'agent4@demo.attune']) expect(output).toContain(email);
    const c = client({ url });
    const me = (await c.login('qa@demo.attune', 'demo-secret-pw')).body.user;
    expect(me.role).toBe('qa_lead');
    expect((await c.get('/api/calls')).body.total).toBeGreaterThan(0);
  });

  it('logs no password, cookie, token or transcript text', async () => {
    const admin = client({ url });
    await admin.login('admin@demo.attune', 'demo-secret-pw');
    const token = (await admin.post('/api/tokens', { name: 'log check' })).body.token as string;
    const machine = client({ url }, { bearer: token, csrf: false });
    expect((await machine.post('/api/calls', transcript(1, { turns: [{ speaker: 'customer', text: SECRET_TEXT }, { speaker: 'agent', text: 'I hear you.' }] }))).status).toBe(201);
    await machine.get(`/api/calls?token=${token}`);
    await client({ url }).post('/api/auth/login', { email: 'admin@demo.attune', password: 'wrong-secret-pw' });
    expect(output).toContain('"url":"/api/calls"');
    for (const secret of ['demo-secret-pw', 'wrong-secret-pw', token, admin.cookie!.split('=')[1], SECRET_TEXT, '4111']) expect(output).not.toContain(secret);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
