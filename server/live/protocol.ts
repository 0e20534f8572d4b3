/** Client frames of the live protocol (SPEC §6), validated field by field with precise messages. */
import { LANGUAGES, type Language, type Speaker } from '../scoring/types.ts';

export interface StartFrame {
  type: 'start';
  callId: string;
  agent?: { id: string; name?: string };
  language?: Language;
  startedAt?: string;
  resume: boolean;
}

export interface SegmentFrame {
  type: 'segment';
  seq: number;
  speaker: Speaker;
  text: string;
  start?: number;
  end?: number;
  final: boolean;
}

export type ClientFrame = StartFrame | SegmentFrame | { type: 'end' };

/** A frame the server refuses; the message says which field and what was expected. */
export class FrameError extends Error {}

const MAX_ID = 200;
const MAX_TEXT = 20_000;

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 60) ?? String(v));
const fail = (field: string, expected: string, got: unknown): never => {
  throw new FrameError(`${field}: expected ${expected}, got ${show(got)}`);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function id(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_ID) fail(field, `a non-empty string of at most ${MAX_ID} characters`, v);
  return v as string;
}

function seconds(v: unknown, field: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(field, 'a number of seconds ≥ 0', v);
  return v as number;
}

function parseStart(f: Record<string, unknown>): StartFrame {
  const resume = f.resume ?? false;
  if (typeof resume !== 'boolean') fail('start.resume', 'true or false', resume);
  const frame: StartFrame = { type: 'start', callId: id(f.callId, 'start.callId'), resume: resume as boolean };
  if (f.agent !== undefined) {
    if (!isObject(f.agent)) fail('start.agent', '{ "id": "…", "name": "…" }', f.agent);
    const agent = f.agent as Record<string, unknown>;
    frame.agent = { id: id(agent.id, 'start.agent.id') };
    if (agent.name !== undefined) frame.agent.name = id(agent.name, 'start.agent.name');
  } else if (!frame.resume) fail('start.agent', '{ "id": "…", "name": "…" } naming the agent on the call', undefined);
  if (f.language !== undefined && f.language !== null && f.language !== 'auto') {
    if (!LANGUAGES.includes(f.language as Language)) fail('start.language', `one of ${LANGUAGES.join(', ')} (or leave it out to detect it)`, f.language);
    frame.language = f.language as Language;
  }
  if (f.startedAt !== undefined) {
    if (typeof f.startedAt !== 'string' || Number.isNaN(Date.parse(f.startedAt))) fail('start.startedAt', 'an ISO date-time', f.startedAt);
    frame.startedAt = new Date(Date.parse(f.startedAt as string)).toISOString();
  }
  return frame;
}

function parseSegment(f: Record<string, unknown>): SegmentFrame {
  if (!Number.isSafeInteger(f.seq) || (f.seq as number) < 1) fail('segment.seq', 'an integer ≥ 1', f.seq);
  if (f.speaker !== 'agent' && f.speaker !== 'customer') fail('segment.speaker', '"agent" or "customer"', f.speaker);
  if (typeof f.text !== 'string') fail('segment.text', 'a string', f.text);
  const text = (f.text as string).replace(/\s+/g, ' ').trim();
  if (text === '') fail('segment.text', 'some words', f.text);
  if (text.length > MAX_TEXT) fail('segment.text', `at most ${MAX_TEXT} characters`, `${text.length} characters`);
  const final = f.final ?? true;
  if (typeof final !== 'boolean') fail('segment.final', 'true or false', final);
  const start = seconds(f.start, 'segment.start');
  const end = seconds(f.end, 'segment.end');
  if (start !== undefined && end !== undefined && end < start) fail('segment.end', `a time ≥ start (${start})`, end);
  const frame: SegmentFrame = { type: 'segment', seq: f.seq as number, speaker: f.speaker as Speaker, text, final: final as boolean };
  if (start !== undefined) frame.start = start;
  if (end !== undefined) frame.end = end;
  return frame;
}

/** Parses one text frame; throws FrameError saying what is wrong. */
export function parseFrame(raw: string): ClientFrame {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new FrameError(`not JSON: expected a JSON object like {"type":"segment",…}, got ${show(raw.slice(0, 40))}`);
  }
  if (!isObject(data)) fail('frame', 'a JSON object with a "type"', data);
  const f = data as Record<string, unknown>;
  switch (f.type) {
    case 'start': return parseStart(f);
    case 'segment': return parseSegment(f);
    case 'end': return { type: 'end' };
    default: return fail('type', '"start", "segment" or "end"', f.type);
  }
}
