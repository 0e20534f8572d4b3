/**
 * Starts the real service on a temp SQLite file, listening on 127.0.0.1:0, and gives tests a
 * small HTTP client. `restart()` closes it and starts a new one on the same database file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import type { Role } from '../../server/auth/principal.ts';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  dir: string;
  config: Config;
  restart(): Promise<TestServer>;
  close(): Promise<void>;
}

export async function startServer(overrides: Partial<Config> = {}, dir = mkdtempSync(path.join(tmpdir(), 'attune-test-'))): Promise<TestServer> {
  const config = loadConfig({ ATTUNE_DB: path.join(dir, 'attune.db'), ATTUNE_DEMO: '0', ATTUNE_WORKERS: '2' }, {
    logLevel: 'silent', webDist: path.join(dir, 'no-dashboard'), ...overrides,
  });
  const app = await buildApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const server: TestServer = {
    app, url: `http://127.0.0.1:${port}`, dir, config,
    async restart() {
      await app.close();
      return startServer(overrides, dir);
    },
    close: () => app.close(),
  };
  return server;
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/** Creates a user straight in the database (tests of admin routes create theirs over HTTP). */
export async function addUser(server: TestServer, input: { email: string; role: Role; password?: string; agentId?: string; name?: string }) {
  const { repos } = server.app.ctx;
  if (input.agentId && !repos.agents.byId(input.agentId)) repos.agents.create({ id: input.agentId, name: input.name ?? input.agentId });
  return repos.users.create({
    email: input.email, name: input.name ?? input.email.split('@')[0], role: input.role, agentId: input.agentId ?? null,
    passwordHash: await hashPassword(input.password ?? 'password123'),
  });
}

export interface Reply { status: number; body: any; text: string; headers: Headers }

/** A fetch wrapper that keeps the session cookie and sends the CSRF header like the dashboard. */
export function client(server: { url: string }, opts: { bearer?: string; csrf?: boolean } = {}) {
  let cookie: string | undefined;
  async function request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { ...headers };
    if (cookie) h.cookie = cookie;
    if (opts.bearer) h.authorization = `Bearer ${opts.bearer}`;
    if (opts.csrf !== false && method !== 'GET') h['x-attune-csrf'] = '1';
    let payload: BodyInit | undefined;
    if (body instanceof FormData || typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(server.url + url, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = undefined; }
    return { status: res.status, body: parsed, text, headers: res.headers };
  }
  return {
    request,
    get: (url: string, headers?: Record<string, string>) => request('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => request('POST', url, body, headers),
    put: (url: string, body?: unknown) => request('PUT', url, body),
    patch: (url: string, body?: unknown) => request('PATCH', url, body),
    del: (url: string) => request('DELETE', url),
    setCookie: (value: string | undefined) => { cookie = value; },
    get cookie() { return cookie; },
    async login(email: string, password = 'password123') {
      const r = await request('POST', '/api/auth/login', { email, password });
      if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${r.text}`);
      return r;
    },
  };
}
export type Client = ReturnType<typeof client>;

/** A small canonical transcript; `n` varies the content (so the hash). */
export function transcript(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `t-${n}`, agent: { id: 'agent-a', name: 'Agent A' }, language: 'en', startedAt: '2026-11-02T09:14:00Z',
    turns: [
      { speaker: 'customer', text: `Hello, my internet has been down since yesterday (${n}). I'm really frustrated.`, start: 0, end: 4 },
      { speaker: 'agent', text: 'I am sorry to hear that. So your connection dropped yesterday — what do you see on the router?', start: 4.5, end: 9 },
      { speaker: 'customer', text: 'A red light.', start: 9.5, end: 10.5 },
      { speaker: 'agent', text: 'I have reset your line now and I will call you back at 3 pm today to confirm it works.', start: 11, end: 16 },
    ],
    ...overrides,
  };
}

export async function waitForJob(c: Client, jobId: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await c.get(`/api/jobs/${jobId}`);
    if (r.body?.status === 'done') return r.body;
    if (Date.now() > until) throw new Error(`job ${jobId} did not finish: ${r.text}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}
