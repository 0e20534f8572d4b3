import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agents, assignments, auditLog, calls, clipReviews, coachingSessions, drillAttempts, sessionClips, sessionFocusItems } from '../db/schema.ts';
import type { ItemId, Language } from '../scoring/types.ts';
import { newId, nowIso } from './ids.ts';

export interface ClipValues {
  callId: string;
  fromTurn: number;
  toTurn: number;
  focusTurn: number;
  note: string;
  kind: 'good' | 'poor';
}

export interface SessionClip {
  id: string;
  position: number;
  callId: string;
  externalId: string | null;
  agent: { id: string; name: string };
  language: Language;
  /** The moment the trainer picked. */
  turn: number;
  fromTurn: number;
  toTurn: number;
  note: string;
  kind: 'good' | 'poor';
}

export interface CoachingSession {
  id: string;
  title: string;
  description: string;
  language: Language;
  focusItems: ItemId[];
  clips: SessionClip[];
  createdBy: { id: string | null; name: string };
  createdAt: string;
  updatedAt: string;
  /** How many agents it is assigned to. */
  assignments: number;
}

type SessionRow = typeof coachingSessions.$inferSelect;

export function createCoachingSessionsRepo(db: Db) {
  function clipsOf(sessionIds: string[]): Map<string, SessionClip[]> {
    const out = new Map<string, SessionClip[]>();
    if (!sessionIds.length) return out;
    const rows = db.select({ c: sessionClips, externalId: calls.externalId, language: calls.language, agentId: agents.id, agentName: agents.name })
      .from(sessionClips).innerJoin(calls, eq(calls.id, sessionClips.callId)).innerJoin(agents, eq(agents.id, calls.agentId))
      .where(inArray(sessionClips.sessionId, sessionIds)).orderBy(asc(sessionClips.position)).all();
    for (const { c, externalId, language, agentId, agentName } of rows) {
      const clip: SessionClip = {
        id: c.id, position: c.position, callId: c.callId, externalId, agent: { id: agentId, name: agentName }, language,
        turn: c.focusTurn, fromTurn: c.fromTurn, toTurn: c.toTurn, note: c.note, kind: c.kind,
      };
      out.set(c.sessionId, [...(out.get(c.sessionId) ?? []), clip]);
    }
    return out;
  }

  function focusOf(sessionIds: string[]): Map<string, ItemId[]> {
    const out = new Map<string, ItemId[]>();
    if (!sessionIds.length) return out;
    const rows = db.select().from(sessionFocusItems).where(inArray(sessionFocusItems.sessionId, sessionIds)).orderBy(asc(sessionFocusItems.position)).all();
    for (const r of rows) out.set(r.sessionId, [...(out.get(r.sessionId) ?? []), r.itemId as ItemId]);
    return out;
  }

  const assignmentCount = sql<number>`(select count(*) from assignments a where a.session_id = "coaching_sessions"."id")`;

  function hydrate(rows: (SessionRow & { assignments: number })[]): CoachingSession[] {
    const ids = rows.map((r) => r.id);
    const clips = clipsOf(ids);
    const focus = focusOf(ids);
    return rows.map((r) => ({
      id: r.id, title: r.title, description: r.description, language: r.language, focusItems: focus.get(r.id) ?? [],
      clips: clips.get(r.id) ?? [], createdBy: { id: r.createdBy, name: r.createdByName }, createdAt: r.createdAt,
      updatedAt: r.updatedAt, assignments: r.assignments,
    }));
  }

  function replaceClips(sessionId: string, clips: ClipValues[]) {
    db.delete(sessionClips).where(eq(sessionClips.sessionId, sessionId)).run();
    clips.forEach((c, position) => db.insert(sessionClips).values({ id: newId(), sessionId, position, ...c }).run());
  }

  function replaceFocusItems(sessionId: string, items: ItemId[]) {
    db.delete(sessionFocusItems).where(eq(sessionFocusItems.sessionId, sessionId)).run();
    items.forEach((itemId, position) => db.insert(sessionFocusItems).values({ sessionId, itemId, position }).run());
  }

  return {
    /** Call inside a transaction: the session, its focus items and clips go in together. */
    create(input: { title: string; description: string; language: Language; focusItems: ItemId[]; clips: ClipValues[]; by: { id: string | null; name: string } }): string {
      const id = newId();
      db.insert(coachingSessions).values({
        id, title: input.title, description: input.description, language: input.language, createdBy: input.by.id, createdByName: input.by.name,
      }).run();
      replaceFocusItems(id, input.focusItems);
      replaceClips(id, input.clips);
      return id;
    },
    update(id: string, patch: { title?: string; description?: string; language?: Language; focusItems?: ItemId[]; clips?: ClipValues[] }) {
      const { focusItems, clips, ...columns } = patch;
      db.update(coachingSessions).set({ ...columns, updatedAt: nowIso() }).where(eq(coachingSessions.id, id)).run();
      if (focusItems) replaceFocusItems(id, focusItems);
      if (clips) replaceClips(id, clips);
    },
    byId(id: string): CoachingSession | undefined {
      const row = db.select({ ...sessionColumns(), assignments: assignmentCount }).from(coachingSessions).where(eq(coachingSessions.id, id)).get();
      return row ? hydrate([row])[0] : undefined;
    },
    /** Newest first; `agentId` limits to sessions assigned to that agent. */
    list(filter: { agentId?: string } = {}): CoachingSession[] {
      const q = db.select({ ...sessionColumns(), assignments: assignmentCount }).from(coachingSessions);
      const rows = filter.agentId === undefined ? q.orderBy(...newestFirst).all()
        : q.where(inArray(coachingSessions.id, db.select({ id: assignments.sessionId }).from(assignments).where(eq(assignments.agentId, filter.agentId))))
          .orderBy(...newestFirst).all();
      return hydrate(rows);
    },
    /** The audit entries of a session and its assignments, oldest first. */
    audit(id: string) {
      const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.sessionId, id)).all().map((r) => r.id);
      const ofAssignment = assignmentIds.length
        ? sql` or json_extract(${auditLog.detail}, '$.assignmentId') in (${sql.join(assignmentIds.map((a) => sql`${a}`), sql`, `)})` : sql``;
      return db.select().from(auditLog)
        .where(sql`${auditLog.action} like 'coaching.%' and (json_extract(${auditLog.detail}, '$.sessionId') = ${id}${ofAssignment})`)
        .orderBy(asc(auditLog.id)).all()
        .map((r) => ({ id: r.id, at: r.at, actor: { id: r.actorUserId, name: r.actorName }, action: r.action, detail: JSON.parse(r.detail) }));
    },
    /** True once an agent has reviewed a clip or drilled on one: clips can no longer be replaced. */
    inUse(id: string): boolean {
      const clipIds = db.select({ id: sessionClips.id }).from(sessionClips).where(eq(sessionClips.sessionId, id));
      const reviewed = db.select({ n: sql<number>`count(*)` }).from(clipReviews).where(inArray(clipReviews.clipId, clipIds)).get()?.n ?? 0;
      const drilled = db.select({ n: sql<number>`count(*)` }).from(drillAttempts).where(inArray(drillAttempts.clipId, clipIds)).get()?.n ?? 0;
      return reviewed + drilled > 0;
    },
  };
}

const newestFirst = [desc(coachingSessions.createdAt), desc(sql`"coaching_sessions".rowid`)];

const sessionColumns = () => ({
  id: coachingSessions.id, title: coachingSessions.title, description: coachingSessions.description, language: coachingSessions.language,
  createdBy: coachingSessions.createdBy, createdByName: coachingSessions.createdByName, createdAt: coachingSessions.createdAt, updatedAt: coachingSessions.updatedAt,
});

export type CoachingSessionsRepo = ReturnType<typeof createCoachingSessionsRepo>;
