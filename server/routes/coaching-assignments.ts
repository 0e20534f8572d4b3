import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { agentScope, principalOf } from '../auth/hook.ts';
import { drillFeedback, MAX_DRILL_REPLY } from '../coaching/drill.ts';
import { assignmentImpact, impactWindows, type StatusRow } from '../coaching/impact.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import type { AssignmentSummary } from '../repos/coaching-assignments.ts';
import type { CoachingRepos } from '../repos/coaching.ts';
import type { SessionClip } from '../repos/coaching-sessions.ts';
import type { Transcript } from '../scoring/types.ts';
import { assignmentFor, ownAssignment, withExcerpt } from './coaching-access.ts';
import { IdParams, Strict, Text } from './schemas.ts';

const AssignmentStatus = Type.Union([Type.Literal('assigned'), Type.Literal('in_progress'), Type.Literal('completed')]);
const ClipParams = Type.Object({ id: IdParams.properties.id, clipId: IdParams.properties.id }, Strict);
/** The schema only guards against absurd bodies; the drill limit itself is checked with a clear message. */
const DrillBody = Type.Object({
  clipId: Text(200),
  turn: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  reply: Type.String({ maxLength: 50_000 }),
}, Strict);

interface Options {
  coaching: CoachingRepos;
  statusRows: (agentId: string, windows: ReturnType<typeof impactWindows>) => StatusRow[];
}

const notCompleted = (a: AssignmentSummary) => {
  if (a.status === 'completed') throw conflict('coaching.assignment_completed', 'This assignment is already completed');
};

/** Assignments: agents review clips, reflect, complete and practise; coaches follow along. */
export const coachingAssignmentsRoutes: FastifyPluginAsyncTypebox<Options> = async (app, { coaching, statusRows }) => {
  const { ctx } = app;
  const { db, repos } = ctx;

  const clipOf = (a: AssignmentSummary, clipId: string): SessionClip => {
    const clip = coaching.sessions.byId(a.session.id)?.clips.find((c) => c.id === clipId);
    if (!clip) throw notFound('clip', 'coaching.clip_not_found');
    return clip;
  };
  /** The first change an agent makes starts the assignment. */
  const start = (a: AssignmentSummary) => {
    if (a.status === 'assigned') coaching.assignments.setStatus(a.id, 'in_progress');
  };
  /** List items carry the session's focus items and clips (without excerpts). */
  const withSession = (items: AssignmentSummary[]) => {
    const sessions = new Map(items.map((a) => [a.session.id, coaching.sessions.byId(a.session.id)!]));
    return items.map((a) => {
      const s = sessions.get(a.session.id)!;
      return { ...a, overdue: isOverdue(a), session: { ...a.session, focusItems: s.focusItems, clips: s.clips } };
    });
  };

  app.get('/api/coaching/assignments', {
    schema: {
      querystring: Type.Object({
        mine: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
        sessionId: Type.Optional(Text(200)), agentId: Type.Optional(Text(200)), status: Type.Optional(AssignmentStatus),
      }, Strict),
    },
  }, async (request) => {
    const p = principalOf(request);
    const { mine, sessionId, agentId, status } = request.query;
    const scope = agentScope(p) ?? (mine === 'true' ? p.agentId ?? '' : undefined);
    const agent = scope !== undefined && agentId !== undefined && agentId !== scope ? '\u0000none' : (scope ?? agentId);
    return { items: withSession(coaching.assignments.list({ agentId: agent, sessionId, status })) };
  });

  app.get('/api/coaching/assignments/:id', { schema: { params: IdParams } }, async (request) => {
    const a = assignmentFor(coaching.assignments, principalOf(request), request.params.id);
    const session = coaching.sessions.byId(a.session.id)!;
    return {
      ...a, overdue: isOverdue(a),
      session: { ...session, clips: session.clips.map((c) => withExcerpt(ctx, c)) },
      attempts: coaching.assignments.attempts(a.id),
    };
  });

  app.post('/api/coaching/assignments/:id/clips/:clipId/review', { schema: { params: ClipParams } }, async (request) => {
    const p = principalOf(request);
    const a = ownAssignment(coaching.assignments, p, request.params.id);
    notCompleted(a);
    const clip = clipOf(a, request.params.clipId);
    db.transaction(() => {
      coaching.assignments.markReviewed(a.id, clip.id);
      start(a);
      repos.audit.record(p, 'coaching.clip_reviewed', { assignmentId: a.id, clipId: clip.id });
    });
    return coaching.assignments.byId(a.id);
  });

  app.put('/api/coaching/assignments/:id/reflection', {
    schema: { params: IdParams, body: Type.Object({ reflection: Text(4000) }, Strict) },
  }, async (request) => {
    const p = principalOf(request);
    const a = ownAssignment(coaching.assignments, p, request.params.id);
    notCompleted(a);
    const reflection = request.body.reflection.trim();
    if (!reflection) throw badRequest('coaching.empty_reflection', 'body.reflection: write something');
    db.transaction(() => {
      coaching.assignments.setReflection(a.id, reflection);
      start(a);
      repos.audit.record(p, 'coaching.reflection_saved', { assignmentId: a.id, length: reflection.length });
    });
    return coaching.assignments.byId(a.id);
  });

  app.post('/api/coaching/assignments/:id/complete', {
    // A bodyless POST (the reflection is already saved) validates as an empty object.
    preValidation: async (request) => { request.body ??= {}; },
    schema: { params: IdParams, body: Type.Object({ reflection: Type.Optional(Text(4000)) }, Strict) },
  }, async (request) => {
    const p = principalOf(request);
    const a = ownAssignment(coaching.assignments, p, request.params.id);
    notCompleted(a);
    const clips = coaching.sessions.byId(a.session.id)!.clips;
    const unreviewed = clips.filter((c) => !a.reviewedClipIds.includes(c.id)).length;
    if (unreviewed) throw conflict('coaching.clips_not_reviewed', `Review every clip first (${unreviewed} of ${clips.length} not reviewed yet)`);
    const reflection = request.body.reflection?.trim() || a.reflection;
    if (!reflection) throw badRequest('coaching.reflection_required', 'body.reflection: write a reflection before completing');
    db.transaction(() => {
      coaching.assignments.setReflection(a.id, reflection);
      coaching.assignments.setStatus(a.id, 'completed');
      repos.audit.record(p, 'coaching.completed', { assignmentId: a.id, sessionId: a.session.id });
    });
    return coaching.assignments.byId(a.id);
  });

  app.post('/api/coaching/assignments/:id/drills', { schema: { params: IdParams, body: DrillBody } }, async (request, reply) => {
    const p = principalOf(request);
    const a = ownAssignment(coaching.assignments, p, request.params.id);
    const { clipId, turn, reply: raw } = request.body;
    const text = raw.trim();
    if (!text) throw badRequest('coaching.empty_reply', 'body.reply: type what you would say to the customer');
    if (text.length > MAX_DRILL_REPLY) {
      throw badRequest('coaching.reply_too_long', `body.reply: at most ${MAX_DRILL_REPLY} characters (got ${text.length}); a spoken reply is much shorter`);
    }
    const clip = clipOf(a, clipId);
    const call = repos.calls.byId(clip.callId)!;
    const callTurns = (JSON.parse(call.transcript) as Transcript).turns;
    const customerTurn = drillTurn(clip, callTurns.map((t) => t.speaker), turn);
    const feedback = drillFeedback({ callTurns, customerTurn, reply: text, callLanguage: call.language, feedbackLanguage: a.session.language });
    const attempt = db.transaction(() => {
      const { tags, ...rest } = feedback;
      const saved = coaching.assignments.addAttempt({
        assignmentId: a.id, clipId: clip.id, customerTurn, reply: text, language: a.session.language, tags, feedback: rest, byUserId: p.userId,
      });
      if (a.status === 'assigned') coaching.assignments.setStatus(a.id, 'in_progress');
      repos.audit.record(p, 'coaching.drill_attempted', { assignmentId: a.id, clipId: clip.id, attemptId: saved.id, tags });
      return saved;
    });
    return reply.status(201).send(attempt);
  });

  app.get('/api/coaching/assignments/:id/drills', { schema: { params: IdParams } }, async (request) => {
    const a = assignmentFor(coaching.assignments, principalOf(request), request.params.id);
    return { items: coaching.assignments.attempts(a.id) };
  });

  app.get('/api/coaching/assignments/:id/impact', {
    schema: { params: IdParams, querystring: Type.Object({ weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52 })) }, Strict) },
  }, async (request) => {
    const a = assignmentFor(coaching.assignments, principalOf(request), request.params.id);
    const weeks = request.query.weeks ?? 4;
    const focusItems = coaching.sessions.byId(a.session.id)!.focusItems;
    const windows = impactWindows(a.assignedAt, a.completedAt, weeks);
    return {
      assignmentId: a.id, agent: a.agent, session: a.session, status: a.status, assignedAt: a.assignedAt, completedAt: a.completedAt,
      weeks, focusItems, ...assignmentImpact(statusRows(a.agent.id, windows), focusItems, windows),
    };
  });
};

/** Past its due date (the whole due day counts) and not completed. */
function isOverdue(a: AssignmentSummary): boolean {
  if (!a.dueAt || a.status === 'completed') return false;
  const end = a.dueAt.length === 10 ? Date.parse(`${a.dueAt}T23:59:59.999Z`) : Date.parse(a.dueAt);
  return Date.now() > end;
}

/**
 * The customer turn a drill answers: the one asked for (a customer turn inside the clip), else the
 * last customer turn up to the clip's moment, else the clip's first customer turn.
 */
function drillTurn(clip: SessionClip, speakers: string[], asked: number | undefined): number {
  const inClip = (i: number) => i >= clip.fromTurn && i <= clip.toTurn;
  if (asked !== undefined) {
    if (!inClip(asked)) throw badRequest('coaching.turn_outside_clip', `body.turn: ${asked} is outside this clip (turns ${clip.fromTurn}–${clip.toTurn})`);
    if (speakers[asked] !== 'customer') throw badRequest('coaching.not_customer_turn', `body.turn: turn ${asked} is the agent's; pick a customer turn`);
    return asked;
  }
  const customer = speakers.map((s, i) => (s === 'customer' && inClip(i) ? i : -1)).filter((i) => i >= 0);
  const found = customer.filter((i) => i <= clip.turn).pop() ?? customer[0];
  if (found === undefined) throw badRequest('coaching.no_customer_turn', 'This clip has no customer turn to answer; pick another clip');
  return found;
}
