/** Real WebSocket clients for the live tests, and API tokens made straight in the database. */
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { newApiToken, sha256 } from '../../server/auth/secrets.ts';
import type { Role } from '../../server/auth/principal.ts';
import { removeDir, startServer, type TestServer } from '../helpers/app.ts';

export type Frame = Record<string, any>;

/**
 * Creates an API token with the given role and returns its secret, shaped as the product makes
 * them (`att_…`): a bare random one may start with "-", which a command line takes for an option.
 */
export function makeToken(server: TestServer, role: Role = 'qa_lead', name = `${role}-token`): string {
  const token = newApiToken();
  server.app.ctx.repos.tokens.create({ name, role, tokenHash: sha256(token), createdBy: null });
  return token;
}

/**
 * One real server for the file's tests, with a QA lead's API token; `ready` gets both once it
 * listens (and may add users), `cleanup` runs before it closes.
 */
export function useLiveServer(ready: (server: TestServer, token: string) => void | Promise<void>, cleanup?: () => void): void {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    await ready(server, makeToken(server));
  });
  afterAll(async () => {
    cleanup?.();
    await server?.close();
    if (server) removeDir(server.dir);
  });
}

export function wsUrl(server: TestServer, path: string) {
  return server.url.replace(/^http/, 'ws') + path;
}

/** A socket that records every frame it gets and can wait for the next frame of a type. */
export class LiveClient {
  readonly frames: Frame[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: { type: string; resolve: (f: Frame) => void }[] = [];
  /** Frames already handed out by `next`. */
  private readonly taken = new Set<Frame>();

  constructor(readonly ws: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()));
      this.flush();
    });
  }

  static async open(url: string, options: WebSocket.ClientOptions = {}): Promise<LiveClient> {
    const client = new LiveClient(new WebSocket(url, options));
    await client.opened;
    return client;
  }

  send(frame: unknown) {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The next frame of this type not yet taken by an earlier `next`. */
  next(type: string, timeoutMs = 10_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${type}" frame; got ${JSON.stringify(this.frames.map((f) => f.type))}`)), timeoutMs);
      this.waiters.push({ type, resolve: (f) => { clearTimeout(timer); resolve(f); } });
      this.flush();
    });
  }

  of(type: string): Frame[] {
    return this.frames.filter((f) => f.type === type);
  }

  close() {
    this.ws.close();
    return this.closed;
  }

  private flush() {
    this.waiters = this.waiters.filter((w) => {
      const frame = this.frames.find((f) => f.type === w.type && !this.taken.has(f));
      if (!frame) return true;
      this.taken.add(frame);
      w.resolve(frame);
      return false;
    });
  }
}

export interface Seg { speaker: 'agent' | 'customer'; text: string; start?: number; end?: number }

/** Starts a call and streams its turns as final segments, waiting for each ack. */
export async function streamCall(client: LiveClient, start: Frame, turns: Seg[], firstSeq = 1) {
  if (firstSeq === 1) client.send({ type: 'start', ...start });
  for (let i = firstSeq - 1; i < turns.length; i++) {
    client.send({ type: 'segment', seq: i + 1, final: true, ...turns[i] });
    const ack = await client.next('ack');
    if (ack.seq !== i + 1) throw new Error(`expected ack ${i + 1}, got ${JSON.stringify(ack)}`);
  }
}

/** Everything of a stored scorecard that describes the call (not the row's id and time). */
export function cardContent(card: Frame) {
  const { id: _id, createdAt: _createdAt, ...rest } = card;
  return rest;
}
