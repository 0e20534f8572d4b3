import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, client, removeDir, startServer, transcript, type TestServer } from '../helpers/app.ts';

let server: TestServer;
let callA: string;
let callB: string;

beforeAll(async () => {
  server = await startServer();
  await addUser(server, { email: 'admin@x.test', role: 'admin' });
  await addUser(server, { email: 'qa@x.test', role: 'qa_lead' });
  await addUser(server, { email: 'trainer@x.test', role: 'trainer' });
  await addUser(server, { email: 'a@x.test', role: 'agent', agentId: 'agent-a' });
  await addUser(server, { email: 'b@x.test', role: 'agent', agentId: 'agent-b' });
  const qa = client(server);
  await qa.login('qa@x.test');
  callA = (await qa.post('/api/calls', transcript(1))).body.id;
  callB = (await qa.post('/api/calls', transcript(2, { agent: { id: 'agent-b', name: 'Agent B' } }))).body.id;
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

describe('sign-in', () => {
  it('logs in each role, shows it on /api/me, and logs out', async () => {
    for (const [email, role] of [['admin@x.test', 'admin'], ['qa@x.test', 'qa_lead'], ['trainer@x.test', 'trainer'], ['a@x.test', 'agent']]) {
      const c = client(server);
      const login = await c.login(email);
      expect(login.body.user).toMatchObject({ email, role, locale: 'en' });
      const setCookie = login.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect((await c.get('/api/me')).body.user.role).toBe(role);
      const cookie = c.cookie;
      expect((await c.post('/api/auth/logout')).status).toBe(204);
      c.setCookie(cookie);
      const after = await c.get('/api/me');
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('auth.session_expired');
    }
  });

  it('refuses a wrong password with 401 and then rate-limits the IP+email with 429', async () => {
    await addUser(server, { email: 'limited@x.test', role: 'trainer' });
    const c = client(server);
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await c.post('/api/auth/login', { email: 'limited@x.test', password: 'wrong-password' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const limited = await c.post('/api/auth/login', { email: 'limited@x.test', password: 'password123' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('request.rate_limited');
    expect((await client(server).post('/api/auth/login', { email: 'admin@x.test', password: 'password123' })).status).toBe(200);
  });

  it('remembers the language per user', async () => {
    const c = client(server);
    await c.login('a@x.test');
    expect((await c.patch('/api/me', { locale: 'fa' })).body.user.locale).toBe('fa');
    const again = client(server);
    expect((await again.login('a@x.test')).body.user.locale).toBe('fa');
    expect((await c.patch('/api/me', { locale: 'de' })).status).toBe(400);
  });

  it('rejects a cookie-authenticated change without the CSRF header', async () => {
    const c = client(server, { csrf: false });
    await c.login('qa@x.test');
    const r = await c.post(`/api/calls/${callA}/overrides`, { itemId: 'pacing', status: 'pass', reason: 'fine' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('auth.csrf');
  });

  it('answers 401 once a session has expired', async () => {
    const c = client(server);
    await c.login('trainer@x.test');
    expect((await c.get('/api/me')).status).toBe(200);
    server.app.ctx.db.$client.prepare(`update sessions set expires_at = '2000-01-01T00:00:00.000Z'`).run();
    const r = await c.get('/api/me');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('auth.session_expired');
  });

  it('answers 401 without a session and for a made-up cookie', async () => {
    expect((await client(server).get('/api/calls')).status).toBe(401);
    const c = client(server);
    c.setCookie('attune_session=forged');
    expect((await c.get('/api/calls')).status).toBe(401);
  });
});

describe('roles and ownership', () => {
  it('shows an agent only their own calls, and 404 for another agent\'s call', async () => {
    const a = client(server);
    await a.login('a@x.test');
    const list = await a.get('/api/calls');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([callA]);
    expect((await a.get(`/api/calls?agentId=agent-b`)).body.items).toEqual([]);
    expect((await a.get(`/api/calls/${callA}`)).status).toBe(200);
    for (const url of [`/api/calls/${callB}`, `/api/calls/${callB}/scorecards`, `/api/calls/${callB}/audit`, '/api/reports/agents/agent-b']) {
      const r = await a.get(url);
      expect(r.status, url).toBe(404);
    }
    expect((await a.post(`/api/calls/${callB}/disputes`, { itemId: 'pacing', reason: 'not mine' })).status).toBe(404);
    expect((await a.get('/api/agents')).body.items.map((x: { id: string }) => x.id)).toEqual(['agent-a']);
  });

  it('lets QA leads and trainers see all calls; only admins manage users and tokens', async () => {
    for (const email of ['qa@x.test', 'trainer@x.test']) {
      const c = client(server);
      await c.login(email);
      expect((await c.get('/api/calls')).body.total).toBe(2);
      expect((await c.get(`/api/calls/${callB}`)).status).toBe(200);
      expect((await c.get('/api/users')).status).toBe(403);
      expect((await c.get('/api/tokens')).status).toBe(403);
    }
    const admin = client(server);
    await admin.login('admin@x.test');
    expect((await admin.get('/api/users')).body.items.length).toBe(6);
  });

  it('keeps trainers and agents from uploading, overriding and changing the rubric', async () => {
    for (const email of ['trainer@x.test', 'a@x.test']) {
      const c = client(server);
      await c.login(email);
      expect((await c.post('/api/calls', transcript(50))).status).toBe(403);
      expect((await c.post(`/api/calls/${callA}/overrides`, { itemId: 'pacing', status: 'pass', reason: 'x' })).status).toBe(403);
      expect((await c.put('/api/rubric', { items: {}, thresholds: {} })).status).toBe(403);
    }
  });

  it('lets an admin create, update and disable users', async () => {
    const admin = client(server);
    await admin.login('admin@x.test');
    const created = await admin.post('/api/users', { email: 'new@x.test', name: 'New', role: 'agent', password: 'longpassword', agentId: 'agent-b' });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: 'new@x.test', role: 'agent', agentId: 'agent-b' });
    expect(JSON.stringify(created.body)).not.toContain('scrypt');
    expect((await admin.post('/api/users', { email: 'new@x.test', name: 'Again', role: 'agent', password: 'longpassword' })).status).toBe(409);
    expect((await admin.post('/api/users', { email: 'x@x.test', name: 'X', role: 'agent', password: 'longpassword', agentId: 'nobody' })).status).toBe(400);
    const newbie = client(server);
    await newbie.login('new@x.test', 'longpassword');
    const patched = await admin.patch(`/api/users/${created.body.user.id}`, { disabled: true });
    expect(patched.body.user.disabled).toBe(true);
    expect((await newbie.get('/api/me')).status).toBe(401);
    expect((await client(server).post('/api/auth/login', { email: 'new@x.test', password: 'longpassword' })).status).toBe(401);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, accepts it as Bearer without CSRF, and refuses it once revoked', async () => {
    const admin = client(server);
    await admin.login('admin@x.test');
    const created = await admin.post('/api/tokens', { name: 'asr pipeline', role: 'qa_lead' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^att_/);
    const listed = await admin.get('/api/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const machine = client(server, { bearer: token, csrf: false });
    const upload = await machine.post('/api/calls', transcript(60));
    expect(upload.status).toBe(201);
    expect((await admin.get('/api/tokens')).body.items[0].lastUsedAt).not.toBeNull();
    expect((await admin.del(`/api/tokens/${created.body.id}`)).status).toBe(204);
    const refused = await machine.get('/api/calls');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('auth.token_revoked');
    expect((await client(server, { bearer: 'att_made_up' }).get('/api/calls')).status).toBe(401);
  });
});
