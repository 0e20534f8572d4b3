/** What coaching routes share: who may see an assignment, clip checks, clip excerpts. */
import type { AppContext } from '../app.ts';
import { agentScope } from '../auth/hook.ts';
import type { Principal } from '../auth/principal.ts';
import { clipRange, itemsShownBy, type ClipInput } from '../coaching/clips.ts';
import { badRequest, forbidden, notFound } from '../errors.ts';
import type { CoachingAssignmentsRepo, AssignmentSummary } from '../repos/coaching-assignments.ts';
import type { CoachingRepos } from '../repos/coaching.ts';
import type { ClipValues, CoachingSession, SessionClip } from '../repos/coaching-sessions.ts';
import type { ItemId, ItemResult, Language, ScoredTurn, Transcript } from '../scoring/types.ts';
import { callFor } from './call-access.ts';

/** The assignment if this caller may see it: coaches see all, an agent only their own (others are "not found"). */
export function assignmentFor(repo: CoachingAssignmentsRepo, p: Principal, id: string): AssignmentSummary {
  const a = repo.byId(id);
  const scope = agentScope(p);
  if (!a || (scope !== undefined && a.agent.id !== scope)) throw notFound('assignment', 'coaching.assignment_not_found');
  return a;
}

/** For what only the assigned agent does (review, reflect, complete, drill). */
export function ownAssignment(repo: CoachingAssignmentsRepo, p: Principal, id: string): AssignmentSummary {
  const a = assignmentFor(repo, p, id);
  if (p.role !== 'agent') throw forbidden('Only the agent this session is assigned to can do this');
  return a;
}

/** The session if this caller may see it: coaches see all, an agent only sessions assigned to them. */
export function sessionFor(coaching: CoachingRepos, p: Principal, id: string): CoachingSession {
  const s = coaching.sessions.byId(id);
  const scope = agentScope(p);
  const assigned = scope === undefined || (!!s && coaching.assignments.list({ sessionId: s.id, agentId: scope }).length > 0);
  if (!s || !assigned) throw notFound('session', 'coaching.session_not_found');
  return s;
}

/** The latest scorecard's turns and items of a call (empty when it has none). */
export function scoredCall(ctx: AppContext, callId: string): { turns: ScoredTurn[]; items: ItemResult[] } {
  const card = ctx.repos.calls.latestScorecard(callId);
  return card ? { turns: JSON.parse(card.turns), items: JSON.parse(card.items) } : { turns: [], items: [] };
}

/**
 * Checks every clip (a call this caller can see, a range inside it) and returns the values to store,
 * the items the clips show and the first clip's call language; a bad clip is a 400 naming its index.
 */
export function resolveClips(ctx: AppContext, p: Principal, clips: ClipInput[]) {
  const values: ClipValues[] = [];
  const shown = new Set<ItemId>();
  let language: Language = 'en';
  clips.forEach((c, i) => {
    let call;
    try {
      call = callFor(ctx.repos.calls, p, c.callId);
    } catch {
      throw badRequest('coaching.unknown_call', `clips[${i}].callId: no call "${c.callId}" that you can see`);
    }
    const turnCount = (JSON.parse(call.transcript) as Transcript).turns.length;
    const range = clipRange(c, turnCount);
    if (typeof range === 'string') throw badRequest('coaching.bad_clip_range', `clips[${i}]: ${range}`);
    const scored = scoredCall(ctx, call.id);
    for (const id of itemsShownBy(range, scored.turns, scored.items)) shown.add(id);
    if (i === 0) language = call.language;
    values.push({ callId: call.id, ...range, note: c.note?.trim() ?? '', kind: c.kind });
  });
  return { values, shown: [...shown], language };
}

/** A clip with the turns it spans, so an agent can study a colleague's call without opening it. */
export function withExcerpt(ctx: AppContext, clip: SessionClip) {
  const { turns } = scoredCall(ctx, clip.callId);
  const excerpt = turns.slice(clip.fromTurn, clip.toTurn + 1).map((t) => ({
    index: t.index, speaker: t.speaker, text: t.text, tags: t.tags, ...(t.negativeEmotion ? { negativeEmotion: true } : {}),
  }));
  return { ...clip, turns: excerpt };
}
