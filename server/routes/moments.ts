import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { agentScope, principalOf } from '../auth/hook.ts';
import { contextOf, matchTurns, type MomentQuery } from '../coaching/moments.ts';
import { badRequest } from '../errors.ts';
import type { CoachingMomentsRepo, MomentCallFilters } from '../repos/coaching-moments.ts';
import { createCoachingRepos } from '../repos/coaching.ts';
import { TAGS, type ItemStatus, type Tag } from '../scoring/types.ts';
import { IsoDate, ItemId, ItemStatus as ItemStatusSchema, Language, Strict } from './schemas.ts';

const MomentsQuery = Type.Object({
  tag: Type.Optional(Type.Union(TAGS.map((t) => Type.Literal(t)))),
  item: Type.Optional(ItemId),
  status: Type.Optional(ItemStatusSchema),
  afterNegativeEmotion: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  language: Type.Optional(Language),
  agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  cursor: Type.Optional(Type.String({ maxLength: 1000 })),
}, Strict);

/** Calls read per query while filling a page (a rare tag may need several batches). */
const BATCH = 200;

type Cursor = { startedAt: string; callId: string; turn: number };
const encode = (c: Cursor) => Buffer.from(JSON.stringify([c.startedAt, c.callId, c.turn])).toString('base64url');
function decode(raw: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && typeof v[1] === 'string' && Number.isInteger(v[2])) {
      return { startedAt: v[0], callId: v[1], turn: v[2] };
    }
  } catch { /* fall through */ }
  return null;
}

/** One page of moments, newest call first, turns in order; reads calls in batches until the page is full. */
function searchMoments(repo: CoachingMomentsRepo, filters: MomentCallFilters, q: MomentQuery, cursor: Cursor | null, limit: number) {
  const items = [];
  let after = cursor && { startedAt: cursor.startedAt, callId: cursor.callId };
  let done: string | null = null;
  for (;;) {
    const batch = repo.calls(filters, after, BATCH);
    for (const call of batch) {
      if (call.id === done) continue;
      const minTurn = cursor && call.id === cursor.callId ? cursor.turn : -1;
      const effective = q.item ? call.statuses[q.item] : undefined;
      for (const m of matchTurns(call.turns, call.items, q, effective)) {
        if (m.turn <= minTurn) continue;
        if (items.length === limit) {
          const last = items[items.length - 1];
          return { items, nextCursor: encode({ startedAt: last.startedAt, callId: last.callId, turn: last.turn }) };
        }
        const turn = call.turns[m.turn];
        items.push({
          callId: call.id, externalId: call.externalId, agent: call.agent, language: call.language, startedAt: call.startedAt,
          turn: m.turn, speaker: turn.speaker, text: turn.text, tags: turn.tags, itemId: m.itemId, status: m.status, note: m.note,
          context: contextOf(call.turns, m.turn),
        });
      }
    }
    if (batch.length < BATCH) return { items, nextCursor: null };
    const last = batch[batch.length - 1];
    after = { startedAt: last.startedAt, callId: last.id };
    done = last.id;
  }
}

/** GET /api/moments: turns across calls by tag, item status, language, agent and date, with context. */
export const momentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = createCoachingRepos(app.ctx.db).moments;

  app.get('/api/moments', { schema: { querystring: MomentsQuery } }, async (request) => {
    const { tag, item, status, afterNegativeEmotion, language, agentId, from, to, limit = 50, cursor } = request.query;
    if (status && !item) throw badRequest('moments.status_without_item', 'query.status: give "item" too (the status of which item?)');
    const decoded = cursor ? decode(cursor) : null;
    if (cursor && !decoded) throw badRequest('moments.bad_cursor', 'cursor: not a cursor this service gave out');
    const scope = agentScope(principalOf(request));
    // An agent asking for someone else's moments gets none, as with calls.
    const agent = scope !== undefined && agentId !== undefined && agentId !== scope ? '\u0000none' : (scope ?? agentId);
    const filters: MomentCallFilters = { agentId: agent, language, from, to, tag, item, status: status as ItemStatus | undefined };
    const q: MomentQuery = { tag: tag as Tag | undefined, item, status, afterNegativeEmotion: afterNegativeEmotion === 'true' };
    return searchMoments(repo, filters, q, decoded, limit);
  });
};
