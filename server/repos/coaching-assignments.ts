import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agents, assignments, clipReviews, coachingSessions, drillAttempts } from '../db/schema.ts';
import type { Language, Tag } from '../scoring/types.ts';
import type { DrillCheck } from '../coaching/drill.ts';
import { newId, nowIso } from './ids.ts';

export type AssignmentRow = typeof assignments.$inferSelect;
export type AssignmentStatus = AssignmentRow['status'];

export interface AssignmentSummary {
  id: string;
  session: { id: string; title: string; language: Language };
  agent: { id: string; name: string };
  assignedAt: string;
  dueAt: string | null;
  status: AssignmentStatus;
  completedAt: string | null;
  reflection: string | null;
  reviewedClipIds: string[];
  drillAttempts: number;
}

export interface DrillAttempt {
  id: string;
  assignmentId: string;
  clipId: string;
  customerTurn: number;
  reply: string;
  language: Language;
  tags: Tag[];
  feedback: { checks: DrillCheck[]; notes: string[]; summary: string; customerNegativeEmotion: boolean };
  createdAt: string;
}

const toAttempt = (r: typeof drillAttempts.$inferSelect): DrillAttempt => ({
  id: r.id, assignmentId: r.assignmentId, clipId: r.clipId, customerTurn: r.customerTurn, reply: r.reply, language: r.language,
  tags: JSON.parse(r.tags), feedback: JSON.parse(r.feedback), createdAt: r.createdAt,
});

export function createCoachingAssignmentsRepo(db: Db) {
  function list(filter: { agentId?: string; sessionId?: string; status?: AssignmentStatus; ids?: string[] }): AssignmentSummary[] {
    const conds: SQL[] = [];
    if (filter.agentId !== undefined) conds.push(eq(assignments.agentId, filter.agentId));
    if (filter.sessionId) conds.push(eq(assignments.sessionId, filter.sessionId));
    if (filter.status) conds.push(eq(assignments.status, filter.status));
    if (filter.ids) conds.push(inArray(assignments.id, filter.ids));
    const attempts = sql<number>`(select count(*) from drill_attempts d where d.assignment_id = "assignments"."id")`;
    const rows = db.select({ a: assignments, title: coachingSessions.title, language: coachingSessions.language, agentName: agents.name, attempts })
      .from(assignments).innerJoin(coachingSessions, eq(coachingSessions.id, assignments.sessionId)).innerJoin(agents, eq(agents.id, assignments.agentId))
      .where(and(...conds)).orderBy(desc(assignments.assignedAt), asc(agents.name)).all();
    const reviews = rows.length
      ? db.select().from(clipReviews).where(inArray(clipReviews.assignmentId, rows.map((r) => r.a.id))).all() : [];
    return rows.map(({ a, title, language, agentName, attempts: n }) => ({
      id: a.id, session: { id: a.sessionId, title, language }, agent: { id: a.agentId, name: agentName },
      assignedAt: a.assignedAt, dueAt: a.dueAt, status: a.status, completedAt: a.completedAt, reflection: a.reflection,
      reviewedClipIds: reviews.filter((r) => r.assignmentId === a.id).map((r) => r.clipId), drillAttempts: n,
    }));
  }

  return {
    list,
    byId: (id: string): AssignmentSummary | undefined => list({ ids: [id] })[0],
    /** The agents of a team (for assigning a whole team). */
    teamAgentIds: (teamId: string) => db.select({ id: agents.id }).from(agents).where(eq(agents.teamId, teamId)).all().map((r) => r.id),
    /** Agents of `agentIds` that already have this session. */
    existingAgents: (sessionId: string, agentIds: string[]) =>
      db.select({ agentId: assignments.agentId }).from(assignments)
        .where(and(eq(assignments.sessionId, sessionId), inArray(assignments.agentId, agentIds))).all().map((r) => r.agentId),
    create(input: { sessionId: string; agentId: string; dueAt: string | null; assignedBy: string | null }): string {
      const id = newId();
      db.insert(assignments).values({ id, ...input, assignedAt: nowIso() }).run();
      return id;
    },
    markReviewed(assignmentId: string, clipId: string) {
      db.insert(clipReviews).values({ assignmentId, clipId }).onConflictDoNothing().run();
    },
    setReflection: (id: string, reflection: string) => db.update(assignments).set({ reflection }).where(eq(assignments.id, id)).run(),
    setStatus(id: string, status: AssignmentStatus) {
      db.update(assignments).set({ status, completedAt: status === 'completed' ? nowIso() : null }).where(eq(assignments.id, id)).run();
    },
    addAttempt(input: Omit<DrillAttempt, 'id' | 'createdAt'> & { byUserId: string | null }): DrillAttempt {
      const row = db.insert(drillAttempts).values({
        id: newId(), assignmentId: input.assignmentId, clipId: input.clipId, customerTurn: input.customerTurn, reply: input.reply,
        language: input.language, tags: JSON.stringify(input.tags), feedback: JSON.stringify(input.feedback), byUserId: input.byUserId,
      }).returning().get();
      return toAttempt(row);
    },
    attempts: (assignmentId: string): DrillAttempt[] =>
      db.select().from(drillAttempts).where(eq(drillAttempts.assignmentId, assignmentId))
        .orderBy(asc(drillAttempts.createdAt), asc(sql`rowid`)).all().map(toAttempt),
  };
}
export type CoachingAssignmentsRepo = ReturnType<typeof createCoachingAssignmentsRepo>;
