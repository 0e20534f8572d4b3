/**
 * Turns one uploaded file into a stored-ready call: parse, check, attach the agent, score, hash.
 * Pure (no database, no clock of its own) so that request handlers and worker threads share it.
 */
import { createHash } from 'node:crypto';
import { parseTranscript } from '../ingest/index.ts';
import { ParseError, type Format } from '../ingest/types.ts';
import { scoreTranscript } from '../scoring/index.ts';
import type { Language, Rubric, Scorecard, Transcript } from '../scoring/types.ts';

export interface UploadOptions {
  format?: Format | 'auto';
  agentSpeaker?: string;
  language?: Language | 'auto';
  /** Agent named in the request; wins over the transcript's. */
  agentId?: string;
  agentName?: string;
}

export interface PreparedCall {
  transcript: Transcript & { agent: { id: string; name?: string } };
  sourceFormat: string;
  contentHash: string;
  language: Language;
  startedAt: string;
  durationSec: number | null;
  scorecard: Scorecard;
}

function checkTurns(transcript: Transcript, file: string): void {
  if (transcript.turns.length === 0) throw new ParseError('the transcript has no turns; expected at least one agent and one customer turn', { file, field: 'turns' });
  const speakers = new Set(transcript.turns.map((t) => t.speaker));
  if (speakers.size < 2) {
    throw new ParseError(`only ${[...speakers][0]} turns found; expected both agent and customer turns`, { file, field: 'turns' });
  }
  transcript.turns.forEach((turn, i) => {
    for (const key of ['start', 'end'] as const) {
      const v = turn[key];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
        throw new ParseError(`expected a number of seconds ≥ 0, got ${JSON.stringify(v)}`, { file, field: `turns[${i}].${key}` });
      }
    }
    if (turn.start !== undefined && turn.end !== undefined && turn.end < turn.start) {
      throw new ParseError(`end (${turn.end}) is before start (${turn.start})`, { file, field: `turns[${i}].end` });
    }
  });
}

function startedAtOf(transcript: Transcript, file: string, now: string): string {
  if (transcript.startedAt === undefined) return now;
  const t = Date.parse(transcript.startedAt);
  if (typeof transcript.startedAt !== 'string' || Number.isNaN(t)) {
    throw new ParseError(`expected an ISO date-time, got ${JSON.stringify(transcript.startedAt)}`, { file, field: 'startedAt' });
  }
  return new Date(t).toISOString();
}

/** Same call content ⇒ same hash, whatever format it came in or when it was uploaded. */
export function contentHashOf(t: Transcript): string {
  const turns = t.turns.map((x) => [x.speaker, x.text, x.start ?? null, x.end ?? null]);
  const key = JSON.stringify([t.id ?? null, t.agent?.id ?? null, t.startedAt ?? null, turns]);
  return createHash('sha256').update(key).digest('hex');
}

/** Throws ParseError with a precise message when the file can't become a call. */
export function prepareCall(input: string | Buffer, options: UploadOptions & { filename: string; rubric: Rubric; now: string }): PreparedCall {
  const file = options.filename;
  const { transcript, format } = parseTranscript(input, {
    filename: file, format: options.format ?? 'auto', agentSpeaker: options.agentSpeaker, language: options.language ?? 'auto',
  });
  checkTurns(transcript, file);
  const agentId = options.agentId ?? transcript.agent?.id;
  if (!agentId) throw new ParseError('the transcript names no agent; give agent.id in the JSON or agentId in the request', { file, field: 'agent.id' });
  const agent = { id: agentId, name: options.agentName ?? (options.agentId ? undefined : transcript.agent?.name) };
  const startedAt = startedAtOf(transcript, file, options.now);
  const full = { ...transcript, agent, startedAt: transcript.startedAt ?? startedAt };
  const scorecard = scoreTranscript(full, { rubric: options.rubric });
  const ends = full.turns.map((t) => t.end ?? t.start).filter((v): v is number => typeof v === 'number');
  return {
    transcript: { ...full, language: full.language ?? scorecard.language },
    sourceFormat: format,
    contentHash: contentHashOf({ ...transcript, agent }),
    language: scorecard.language,
    startedAt,
    durationSec: ends.length ? Math.max(...ends) : null,
    scorecard,
  };
}

/** A scorecard as the database stores it: JSON columns already serialised (done in workers). */
export interface SerializedScorecard {
  rubricVersion: number;
  scorer: string;
  language: string;
  overall: number | null;
  items: string;
  metrics: string;
  turns: string;
  extra: string | null;
  /** JSON { [itemId]: status } of the automatic statuses. */
  statuses: string;
}

export function serializeScorecard(s: Scorecard): SerializedScorecard {
  return {
    rubricVersion: s.rubricVersion, scorer: s.scorer, language: s.language, overall: s.overall,
    items: JSON.stringify(s.items), metrics: JSON.stringify(s.metrics), turns: JSON.stringify(s.turns),
    extra: s.fallbacks || s.tokens ? JSON.stringify({ fallbacks: s.fallbacks, tokens: s.tokens }) : null,
    statuses: JSON.stringify(Object.fromEntries(s.items.map((i) => [i.id, i.status]))),
  };
}

/** A prepared call ready for insertion: plain strings and numbers, cheap to pass between threads. */
export interface StorableCall {
  externalId: string | null;
  agentId: string;
  agentName: string;
  language: Language;
  startedAt: string;
  durationSec: number | null;
  sourceFormat: string;
  contentHash: string;
  transcript: string;
  scorecard: SerializedScorecard;
}

export function toStorable(p: PreparedCall): StorableCall {
  return {
    externalId: p.transcript.id ?? null, agentId: p.transcript.agent.id, agentName: p.transcript.agent.name || p.transcript.agent.id,
    language: p.language, startedAt: p.startedAt, durationSec: p.durationSec, sourceFormat: p.sourceFormat, contentHash: p.contentHash,
    transcript: JSON.stringify(p.transcript), scorecard: serializeScorecard(p.scorecard),
  };
}

/** Re-scores a stored transcript with another rubric. */
export function rescoreTranscript(transcript: Transcript, rubric: Rubric): Scorecard {
  return scoreTranscript(transcript, { rubric });
}
