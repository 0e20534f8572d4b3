import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import { agents, calls, disputes, overrides, users } from '../db/schema.ts';
import type { ItemStatus } from '../scoring/types.ts';
import { newId, nowIso } from './ids.ts';

export interface Override {
  id: string;
  itemId: string;
  status: ItemStatus;
  score: number | null;
  autoStatus: string;
  reason: string;
  by: { id: string | null; name: string };
  disputeId: string | null;
  createdAt: string;
}

export interface Dispute {
  id: string;
  callId: string;
  itemId: string;
  reason: string;
  status: 'open' | 'accepted' | 'rejected';
  by: { id: string | null; name: string };
  createdAt: string;
  resolution?: { by: { id: string | null; name: string }; note: string; at: string };
}

const resolver = alias(users, 'resolver');

export function createReviewsRepo(db: Db) {
  const disputeQuery = () => db.select({ d: disputes, byName: users.name, resolverName: resolver.name })
    .from(disputes).leftJoin(users, eq(users.id, disputes.byUserId)).leftJoin(resolver, eq(resolver.id, disputes.resolvedBy));
  type DisputeRow = { d: typeof disputes.$inferSelect; byName: string | null; resolverName: string | null };
  const toDispute = ({ d, byName, resolverName }: DisputeRow): Dispute => ({
    id: d.id, callId: d.callId, itemId: d.itemId, reason: d.reason, status: d.status,
    by: { id: d.byUserId, name: byName ?? 'unknown' }, createdAt: d.createdAt,
    ...(d.resolvedAt ? { resolution: { by: { id: d.resolvedBy, name: resolverName ?? 'unknown' }, note: d.resolutionNote ?? '', at: d.resolvedAt } } : {}),
  });

  return {
    addOverride(input: { callId: string; itemId: string; status: ItemStatus; score: number | null; autoStatus: string; reason: string; byUserId: string | null; disputeId?: string | null }): string {
      const id = newId();
      db.insert(overrides).values({ id, ...input, disputeId: input.disputeId ?? null }).run();
      return id;
    },
    overridesFor(callId: string): Override[] {
      return db.select({ o: overrides, byName: users.name }).from(overrides).leftJoin(users, eq(users.id, overrides.byUserId))
        .where(eq(overrides.callId, callId)).orderBy(asc(overrides.createdAt), asc(sql.raw('"overrides".rowid'))).all()
        .map(({ o, byName }) => ({
          id: o.id, itemId: o.itemId, status: o.status, score: o.score, autoStatus: o.autoStatus, reason: o.reason,
          by: { id: o.byUserId, name: byName ?? 'unknown' }, disputeId: o.disputeId, createdAt: o.createdAt,
        }));
    },
    overrideById(id: string) {
      return this.overridesFor(db.select({ c: overrides.callId }).from(overrides).where(eq(overrides.id, id)).get()?.c ?? '').find((o) => o.id === id);
    },
    openDispute(input: { callId: string; itemId: string; reason: string; byUserId: string | null }): string {
      const id = newId();
      db.insert(disputes).values({ id, ...input }).run();
      return id;
    },
    disputeById(id: string): Dispute | undefined {
      const row = disputeQuery().where(eq(disputes.id, id)).get();
      return row && toDispute(row);
    },
    disputesFor: (callId: string): Dispute[] => disputeQuery().where(eq(disputes.callId, callId)).orderBy(asc(disputes.createdAt)).all().map(toDispute),
    resolveDispute(id: string, input: { status: 'accepted' | 'rejected'; resolvedBy: string | null; note: string }) {
      db.update(disputes).set({ status: input.status, resolvedBy: input.resolvedBy, resolutionNote: input.note, resolvedAt: nowIso() })
        .where(eq(disputes.id, id)).run();
    },
    hasOpenDispute: (callId: string) =>
      !!db.select({ id: disputes.id }).from(disputes).where(and(eq(disputes.callId, callId), eq(disputes.status, 'open'))).get(),
    /** Disputes with their call, newest first; `agentId` limits to one agent's calls. */
    listDisputes(filter: { status?: Dispute['status']; agentId?: string }) {
      const conds = [];
      if (filter.status) conds.push(eq(disputes.status, filter.status));
      if (filter.agentId !== undefined) conds.push(eq(calls.agentId, filter.agentId));
      const rows = db.select({ d: disputes, byName: users.name, resolverName: resolver.name, externalId: calls.externalId, agentId: calls.agentId, agentName: agents.name })
        .from(disputes).innerJoin(calls, eq(calls.id, disputes.callId)).innerJoin(agents, eq(agents.id, calls.agentId))
        .leftJoin(users, eq(users.id, disputes.byUserId)).leftJoin(resolver, eq(resolver.id, disputes.resolvedBy))
        .where(and(...conds)).orderBy(desc(disputes.createdAt)).limit(500).all();
      return rows.map((r) => ({ ...toDispute(r), call: { id: r.d.callId, externalId: r.externalId, agent: { id: r.agentId, name: r.agentName } } }));
    },
    /**
     * Reviewed calls (any override) with, per item, the QA view (latest override, or the auto
     * status the reviewer let stand) and the auto status of the latest scorecard.
     */
    reviewedStatuses(range: { from?: string; to?: string }): { qa: Record<string, string>; auto: Record<string, string> }[] {
      const conds = [eq(calls.reviewed, true)];
      if (range.from) conds.push(gte(calls.startedAt, range.from));
      if (range.to) conds.push(lte(calls.startedAt, range.to));
      const latestItems = sql<string>`(select s.items from scorecards s where s.call_id = "calls"."id" order by s.created_at desc, s.rowid desc limit 1)`;
      return db.select({ statuses: calls.statuses, items: latestItems }).from(calls).where(and(...conds)).all().map((r) => ({
        qa: JSON.parse(r.statuses),
        auto: Object.fromEntries((JSON.parse(r.items ?? '[]') as { id: string; status: string }[]).map((i) => [i.id, i.status])),
      }));
    },
  };
}
export type ReviewsRepo = ReturnType<typeof createReviewsRepo>;
