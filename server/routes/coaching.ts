import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { principalOf } from '../auth/hook.ts';
import { SEES_ALL } from '../auth/principal.ts';
import { assignmentImpact, impactWindows, pooled } from '../coaching/impact.ts';
import { badRequest, conflict } from '../errors.ts';
import { createCoachingRepos } from '../repos/coaching.ts';
import type { ItemId } from '../scoring/types.ts';
import { coachingAssignmentsRoutes } from './coaching-assignments.ts';
import { momentsRoutes } from './moments.ts';
import { resolveClips, sessionFor, withExcerpt } from './coaching-access.ts';
import { IdParams, IsoDate, ItemId as ItemIdSchema, Language, Strict, Text } from './schemas.ts';

/** Who builds and assigns sessions. */
const COACHES = SEES_ALL;
const MAX_CLIPS = 50;

const Turn = Type.Integer({ minimum: 0, maximum: 100_000 });
const ClipInput = Type.Object({
  callId: Text(200),
  turn: Type.Optional(Turn),
  fromTurn: Type.Optional(Turn),
  toTurn: Type.Optional(Turn),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  kind: Type.Union([Type.Literal('good'), Type.Literal('poor')]),
}, Strict);
const FocusItems = Type.Array(ItemIdSchema, { maxItems: 20 });
const SessionBody = {
  title: Text(200),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  language: Type.Optional(Language),
  focusItems: Type.Optional(FocusItems),
  clips: Type.Array(ClipInput, { maxItems: MAX_CLIPS }),
};
const WeeksQuery = Type.Object({ weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52 })) }, Strict);

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Coaching sessions: build from clips, update, list, assign to agents or a team, and "did it work". */
export const coachingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { ctx } = app;
  const { db, repos } = ctx;
  const coaching = createCoachingRepos(db);

  /** Clips checked and focus items settled (given, or the items the clips show). */
  function sessionContent(p: ReturnType<typeof principalOf>, clips: Static<typeof ClipInput>[], focusItems?: ItemId[]) {
    if (clips.length === 0) throw badRequest('coaching.no_clips', 'body.clips: a session needs at least one clip');
    const resolved = resolveClips(ctx, p, clips);
    const focus = unique(focusItems?.length ? focusItems : resolved.shown);
    if (!focus.length) throw badRequest('coaching.no_focus_items', 'body.focusItems: name the items this session works on (the clips show none)');
    return { ...resolved, focus };
  }

  app.post('/api/coaching/sessions', {
    config: { auth: COACHES },
    schema: { body: Type.Object(SessionBody, Strict) },
  }, async (request, reply) => {
    const p = principalOf(request);
    const { title, description = '', language, focusItems, clips } = request.body;
    const content = sessionContent(p, clips, focusItems);
    const id = db.transaction(() => {
      const created = coaching.sessions.create({
        title: title.trim(), description: description.trim(), language: language ?? content.language,
        focusItems: content.focus, clips: content.values, by: { id: p.userId, name: p.name },
      });
      repos.audit.record(p, 'coaching.session_created', { sessionId: created, title, focusItems: content.focus, clips: content.values.length });
      return created;
    });
    return reply.status(201).send(coaching.sessions.byId(id));
  });

  app.patch('/api/coaching/sessions/:id', {
    config: { auth: COACHES },
    schema: {
      params: IdParams,
      body: Type.Object({
        title: Type.Optional(SessionBody.title), description: SessionBody.description, language: SessionBody.language,
        focusItems: SessionBody.focusItems, clips: Type.Optional(SessionBody.clips),
      }, Strict),
    },
  }, async (request) => {
    const p = principalOf(request);
    const session = sessionFor(coaching, p, request.params.id);
    const { title, description, language, focusItems, clips } = request.body;
    if (focusItems && focusItems.length === 0) throw badRequest('coaching.no_focus_items', 'body.focusItems: give at least one item');
    if (clips && coaching.sessions.inUse(session.id)) {
      throw conflict('coaching.session_in_use', 'Agents have already reviewed or practised these clips; create a new session instead of replacing them');
    }
    const content = clips ? sessionContent(p, clips, focusItems ?? session.focusItems) : null;
    db.transaction(() => {
      coaching.sessions.update(session.id, {
        title: title?.trim(), description: description?.trim(), language,
        focusItems: focusItems ? unique(focusItems) : undefined, clips: content?.values,
      });
      repos.audit.record(p, 'coaching.session_updated', { sessionId: session.id, fields: Object.keys(request.body) });
    });
    return coaching.sessions.byId(session.id);
  });

  app.get('/api/coaching/sessions', {}, async (request) => {
    const p = principalOf(request);
    return { items: coaching.sessions.list(p.role === 'agent' ? { agentId: p.agentId ?? '' } : {}) };
  });

  app.get('/api/coaching/sessions/:id', { schema: { params: IdParams } }, async (request) => {
    const session = sessionFor(coaching, principalOf(request), request.params.id);
    return { ...session, clips: session.clips.map((c) => withExcerpt(ctx, c)) };
  });

  app.get('/api/coaching/sessions/:id/audit', { config: { auth: COACHES }, schema: { params: IdParams } }, async (request) => {
    const session = sessionFor(coaching, principalOf(request), request.params.id);
    return { items: coaching.sessions.audit(session.id) };
  });

  app.post('/api/coaching/sessions/:id/assign', {
    config: { auth: COACHES },
    schema: {
      params: IdParams,
      body: Type.Object({
        agentIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 1000 })),
        teamId: Type.Optional(Text(200)),
        dueAt: Type.Optional(Type.Union([IsoDate, Type.Null()])),
      }, Strict),
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    const session = sessionFor(coaching, p, request.params.id);
    const { agentIds = [], teamId, dueAt = null } = request.body;
    const targets = unique([...agentIds, ...teamAgents(teamId)]);
    if (!targets.length) throw badRequest('coaching.no_assignees', 'body: give "agentIds" or a "teamId"');
    const unknown = targets.filter((id) => !repos.agents.byId(id));
    if (unknown.length) throw badRequest('coaching.unknown_agents', `body.agentIds: no agent ${unknown.map((id) => `"${id}"`).join(', ')}`);
    const already = coaching.assignments.existingAgents(session.id, targets);
    const ids = db.transaction(() => {
      const created = targets.filter((id) => !already.includes(id))
        .map((agentId) => coaching.assignments.create({ sessionId: session.id, agentId, dueAt, assignedBy: p.userId }));
      repos.audit.record(p, 'coaching.assigned', { sessionId: session.id, agentIds: targets.filter((id) => !already.includes(id)), teamId, dueAt });
      return created;
    });
    return reply.status(201).send({ items: ids.length ? coaching.assignments.list({ ids }) : [], alreadyAssigned: already });
  });

  /** The team's agents; an unknown or empty team is the client's mistake. */
  function teamAgents(teamId: string | undefined): string[] {
    if (teamId === undefined) return [];
    const team = repos.agents.teamById(teamId);
    if (!team) throw badRequest('coaching.unknown_team', `body.teamId: no team "${teamId}"`);
    const ids = coaching.assignments.teamAgentIds(team.id);
    if (!ids.length) throw badRequest('coaching.empty_team', `body.teamId: team "${team.name}" has no agents`);
    return ids;
  }

  app.get('/api/coaching/sessions/:id/impact', {
    config: { auth: COACHES },
    schema: { params: IdParams, querystring: WeeksQuery },
  }, async (request) => {
    const session = sessionFor(coaching, principalOf(request), request.params.id);
    const weeks = request.query.weeks ?? 4;
    const agents = coaching.assignments.list({ sessionId: session.id }).map((a) => {
      const windows = impactWindows(a.assignedAt, a.completedAt, weeks);
      return {
        assignmentId: a.id, agent: a.agent, status: a.status, assignedAt: a.assignedAt, completedAt: a.completedAt,
        ...assignmentImpact(statusRows(a.agent.id, windows), session.focusItems, windows),
      };
    });
    return { session: { id: session.id, title: session.title }, weeks, focusItems: session.focusItems, agents, overall: pooled(agents, session.focusItems) };
  });

  /** The agent's calls from the start of "before" to the end of "after" (exact window edges are applied by impact.ts). */
  const statusRows = (agentId: string, w: ReturnType<typeof impactWindows>) =>
    repos.calls.statsRows({ agentId, from: w.before.from, to: (w.after ?? w.before).to }).map((r) => ({ startedAt: r.startedAt, statuses: JSON.parse(r.statuses) as Record<string, string> }));

  await app.register(coachingAssignmentsRoutes, { coaching, statusRows });
  await app.register(momentsRoutes);
};
