/**
 * A small OpenAI-compatible server for tests: `POST /v1/chat/completions` on 127.0.0.1 (port 0),
 * the route the real `openai` client calls with baseURL `http://127.0.0.1:PORT/v1`.
 * Scriptable per test (answer as a tiny deterministic judge, bad JSON, wrong turns, slow,
 * 429 then success, 500 always); records every request and counts its prompt tokens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  /** The raw body as received: what left the machine. */
  raw: string;
  body: { model: string; messages: ChatMessage[]; response_format?: { type: string } };
  /** Sum of message lengths / 4. */
  promptTokens: number;
}

export interface FakeReply {
  status?: number;
  /** Assistant message content for a 200 reply. */
  content?: string;
  /** Whole body for an error reply. */
  json?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Leave `usage` out of the reply (the client must estimate). */
  omitUsage?: boolean;
}

/** `n` counts requests from 0 across the server's life. */
export type Responder = (request: RecordedRequest, n: number) => FakeReply;

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  respond: Responder;
  /** Most requests seen in flight at once. */
  maxInFlight: number;
  promptTokens(): number;
  close(): Promise<void>;
}

export async function startFakeOpenAI(respond: Responder = judgeReply({})): Promise<FakeOpenAI> {
  let inFlight = 0;
  const fake: FakeOpenAI = {
    baseURL: '',
    requests: [],
    respond,
    maxInFlight: 0,
    promptTokens: () => fake.requests.reduce((sum, r) => sum + r.promptTokens, 0),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: 'not found' } });
    const raw = await readBody(req);
    const body = JSON.parse(raw) as RecordedRequest['body'];
    const request: RecordedRequest = { raw, body, promptTokens: Math.ceil(body.messages.reduce((n, m) => n + m.content.length, 0) / 4) };
    const n = fake.requests.push(request) - 1;
    inFlight++;
    fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
    const reply = fake.respond(request, n);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    inFlight--;
    if (res.destroyed) return; // the client gave up (timeout)
    if (reply.status && reply.status !== 200) return send(res, reply.status, reply.json ?? { error: { message: `status ${reply.status}` } }, reply.headers);
    send(res, 200, completion(body, reply.content ?? '{}', !reply.omitUsage), reply.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

function completion(body: RecordedRequest['body'], content: string, withUsage: boolean): object {
  const prompt = Math.ceil(body.messages.reduce((n, m) => n + m.content.length, 0) / 4);
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model: body.model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    ...(withUsage ? { usage: { prompt_tokens: prompt, completion_tokens: Math.ceil(content.length / 4), total_tokens: prompt + Math.ceil(content.length / 4) } } : {}),
  };
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** What the judge was asked, read back from the prompt's turn-indexed lines. */
export interface ParsedAsk {
  shown: Map<number, { speaker: string; text: string }>;
  asked: { turn: number; tags: string[] }[];
  emotionTurns: number[];
}

export function parseAsk(request: RecordedRequest): ParsedAsk {
  const prompt = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  const shown = new Map<number, { speaker: string; text: string }>();
  const asked: ParsedAsk['asked'] = [];
  let emotionTurns: number[] = [];
  for (const line of prompt.split('\n')) {
    const turn = /^\[(\d+)\] (agent|customer): (.*)$/.exec(line);
    if (turn) shown.set(Number(turn[1]), { speaker: turn[2], text: turn[3] });
    const ask = /^- turns? ([\d, ]+): (.+)$/.exec(line);
    if (ask) for (const t of ask[1].split(',')) asked.push({ turn: Number(t), tags: ask[2].split(', ') });
    const emotion = /^Customer turns to check for negative emotion: (.+)$/.exec(line);
    if (emotion) emotionTurns = emotion[1].split(',').map(Number);
  }
  return { shown, asked, emotionTurns };
}

/** The fake judge's opinion: tags per agent turn (answered only where asked), refersTo, negative customer turns. */
export interface JudgeScript {
  tags?: Record<number, string[]>;
  refersTo?: Record<number, number>;
  negative?: number[];
  omitUsage?: boolean;
}

export function judgeContent(request: RecordedRequest, script: JudgeScript): string {
  const ask = parseAsk(request);
  return JSON.stringify({
    turns: ask.asked.map(({ turn, tags }) => ({
      turn,
      tags: (script.tags?.[turn] ?? []).filter((t) => tags.includes(t)),
      ...(script.refersTo?.[turn] !== undefined ? { refersTo: script.refersTo[turn] } : {}),
      note: 'fake judge',
    })),
    negativeEmotion: ask.emotionTurns.filter((t) => script.negative?.includes(t)),
  });
}

export function judgeReply(script: JudgeScript): Responder {
  return (request) => ({ content: judgeContent(request, script), omitUsage: script.omitUsage });
}

export const badJson: Responder = () => ({ content: 'Sure! Here is my verdict: {"turns": [' });

/** Answers for turn 99, which no transcript here has. */
export const citesMissingTurn: Responder = () => ({ content: JSON.stringify({ turns: [{ turn: 99, tags: ['paraphrase'], refersTo: 98 }] }) });

export function slow(delayMs: number, then: Responder = judgeReply({})): Responder {
  return (request, n) => ({ ...then(request, n), delayMs });
}

/** The first `count` requests get 429 with `retry-after`, later ones `then`. */
export function rateLimitedThen(count: number, then: Responder, retryAfter = '0'): Responder {
  return (request, n) => (n < count ? { status: 429, headers: { 'retry-after': retryAfter }, json: { error: { message: 'Rate limit reached' } } } : then(request, n));
}

export const alwaysFails: Responder = () => ({ status: 500, json: { error: { message: 'internal error' } } });
