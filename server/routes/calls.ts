import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { agentScope, principalOf } from '../auth/hook.ts';
import { REVIEWERS } from '../auth/principal.ts';
import { badRequest, unreadable, unsupportedType } from '../errors.ts';
import { FORMATS, ParseError } from '../ingest/types.ts';
import { prepareCall, rescoreTranscript, serializeScorecard, toStorable, type UploadOptions } from '../jobs/prepare-call.ts';
import { decodeCursor, toScorecard, type CallFilters, type CallSort } from '../repos/calls.ts';
import { nowIso } from '../repos/ids.ts';
import { callFor } from './call-access.ts';
import { CallListResponse, IdParams, IsoDate, ItemId, Language, Strict } from './schemas.ts';

const Format = Type.Enum(['auto', ...FORMATS] as const);
export const UploadQuery = Type.Object({
  format: Type.Optional(Format),
  agentSpeaker: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  language: Type.Optional(Type.Union([Type.Literal('auto'), Language])),
  agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  agentName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  scorer: Type.Optional(Type.Enum(['rules', 'hybrid', 'llm'] as const)),
}, Strict);

const Bool = Type.Union([Type.Literal('true'), Type.Literal('false')]);
export const CallFilterProps = {
  agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  teamId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  maxScore: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  failingItem: Type.Optional(ItemId),
  language: Type.Optional(Language),
  reviewed: Type.Optional(Bool),
  disputed: Type.Optional(Bool),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  sort: Type.Optional(Type.Union([Type.Literal('startedAt'), Type.Literal('-startedAt'), Type.Literal('overall'), Type.Literal('-overall')])),
};
const ListQuery = Type.Object({
  ...CallFilterProps,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  cursor: Type.Optional(Type.String({ maxLength: 1000 })),
}, Strict);

type FilterQuery = { [K in keyof typeof CallFilterProps]?: string | number };

/** Query → repo filters, with an agent always limited to their own calls. */
export function filtersOf(query: FilterQuery, scope: string | undefined): { filters: CallFilters; sort: CallSort } {
  const q = query as Record<string, string | number | undefined>;
  const bool = (v: unknown) => (v === undefined ? undefined : v === 'true');
  const filters: CallFilters = {
    agentId: scope ?? (q.agentId as string | undefined), teamId: q.teamId as string | undefined,
    from: q.from as string | undefined, to: q.to as string | undefined,
    minScore: q.minScore as number | undefined, maxScore: q.maxScore as number | undefined,
    failingItem: q.failingItem as string | undefined, language: q.language as string | undefined,
    reviewed: bool(q.reviewed), disputed: bool(q.disputed), q: q.q as string | undefined,
  };
  if (scope !== undefined && q.agentId !== undefined && q.agentId !== scope) filters.agentId = '\u0000none';
  return { filters, sort: (q.sort as CallSort | undefined) ?? '-startedAt' };
}

/** The upload as text plus a file name, whatever way it was sent. */
async function readUpload(request: FastifyRequest): Promise<{ input: string; filename: string; isJsonBody: boolean }> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw badRequest('calls.no_file', 'multipart upload has no "file" part');
    return { input: (await file.toBuffer()).toString('utf8'), filename: file.filename || 'upload', isJsonBody: false };
  }
  const body = request.body;
  if (typeof body === 'string') return { input: body, filename: 'body', isJsonBody: false };
  if (body && typeof body === 'object') return { input: JSON.stringify(body), filename: 'body', isJsonBody: true };
  throw unsupportedType('Send canonical JSON, a transcript file as multipart/form-data, or text/plain, text/vtt, application/x-subrip, text/csv');
}

/** Any failure to read an upload is the upload's problem (422), logged in case it is ours. */
function prepareOrExplain(request: FastifyRequest, input: string, options: Parameters<typeof prepareCall>[1]) {
  try {
    return prepareCall(input, options);
  } catch (err) {
    if (err instanceof ParseError) throw err;
    request.log.warn({ err }, 'transcript parser failed on an upload');
    throw unreadable(`${options.filename}: could not read the transcript (${(err as Error).message})`);
  }
}

export const callsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, db } = app.ctx;

  app.post('/api/calls', { config: { auth: REVIEWERS }, schema: { querystring: UploadQuery } }, async (request, reply) => {
    const p = principalOf(request);
    const { input, filename, isJsonBody } = await readUpload(request);
    const { scorer = app.ctx.config.judge.mode, ...query } = request.query;
    if (scorer !== 'rules' && !app.ctx.judge) {
      throw badRequest('calls.judge_unavailable', `scorer ${scorer}: no LLM judge is configured on this server (set OPENAI_BASE_URL or OPENAI_API_KEY)`);
    }
    const options: UploadOptions = { ...query, format: query.format ?? (isJsonBody ? 'json' : 'auto') };
    const rubric = repos.rubric.current();
    const prepared = prepareOrExplain(request, input, { ...options, filename, rubric, now: nowIso() });
    const { id, duplicate } = db.transaction(() => {
      const stored = repos.calls.insertPrepared(toStorable(prepared));
      if (!stored.duplicate) repos.audit.record(p, 'call.created', { format: prepared.sourceFormat }, stored.id);
      return stored;
    });
    const call = repos.calls.byId(id)!;
    let row = repos.calls.latestScorecard(id)!;
    // The rules' scorecard is stored first, so a judge failure or timeout loses nothing.
    if (!duplicate && scorer !== 'rules' && app.ctx.judge) {
      const refined = await app.ctx.judge.refine(prepared.transcript, prepared.scorecard, scorer, { rubric });
      row = repos.calls.addScorecard(id, serializeScorecard(refined));
    }
    return reply.status(duplicate ? 200 : 201).send({ id, scorecard: toScorecard(row, call), duplicate });
  });

  app.get('/api/calls', { schema: { querystring: ListQuery, response: { 200: CallListResponse } } }, async (request) => {
    const { limit = 50, cursor, ...rest } = request.query;
    const decoded = cursor ? decodeCursor(cursor) : null;
    if (cursor && !decoded) throw badRequest('calls.bad_cursor', 'cursor: not a cursor this service gave out');
    const { filters, sort } = filtersOf(rest, agentScope(principalOf(request)));
    return repos.calls.list(filters, sort, limit, decoded);
  });

  app.get('/api/calls/:id', { schema: { params: IdParams } }, async (request) => {
    const call = callFor(repos.calls, principalOf(request), request.params.id);
    const agent = repos.agents.byId(call.agentId)!;
    const card = repos.calls.latestScorecard(call.id);
    return {
      id: call.id, externalId: call.externalId, agent: { id: agent.id, name: agent.name }, language: call.language,
      startedAt: call.startedAt, durationSec: call.durationSec, sourceFormat: call.sourceFormat, createdAt: call.createdAt,
      overall: call.overall, items: JSON.parse(call.statuses), reviewed: call.reviewed, disputed: call.disputed,
      transcript: JSON.parse(call.transcript), scorecard: card ? toScorecard(card, call) : null,
      overrides: repos.reviews.overridesFor(call.id), disputes: repos.reviews.disputesFor(call.id),
    };
  });

  app.get('/api/calls/:id/scorecards', { schema: { params: IdParams } }, async (request) => {
    const call = callFor(repos.calls, principalOf(request), request.params.id);
    return { items: repos.calls.scorecards(call.id).map((row) => toScorecard(row, call)) };
  });

  app.post('/api/calls/:id/rescore', { config: { auth: REVIEWERS }, schema: { params: IdParams } }, async (request) => {
    const call = callFor(repos.calls, principalOf(request), request.params.id);
    const rubric = repos.rubric.current();
    const scorecard = rescoreTranscript(JSON.parse(call.transcript), rubric);
    const row = db.transaction(() => {
      const added = repos.calls.addScorecard(call.id, serializeScorecard(scorecard));
      repos.audit.record(principalOf(request), 'call.rescored', { rubricVersion: rubric.version }, call.id);
      return added;
    });
    return { scorecard: toScorecard(row, call) };
  });

  app.get('/api/calls/:id/audit', { schema: { params: IdParams } }, async (request) => {
    const call = callFor(repos.calls, principalOf(request), request.params.id);
    return { items: repos.audit.forCall(call.id) };
  });
};
