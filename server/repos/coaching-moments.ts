import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agents, calls, scorecards } from '../db/schema.ts';
import type { ItemResult, ItemStatus, Language, ScoredTurn } from '../scoring/types.ts';

export interface MomentCallFilters {
  /** Agents see only their own calls: the route sets this from the principal. */
  agentId?: string;
  language?: Language;
  from?: string;
  to?: string;
  /** Cheap pre-filter: the latest scorecard mentions this tag somewhere. */
  tag?: string;
  /** With `status`: the call's effective status of this item. */
  item?: string;
  status?: ItemStatus;
}

export interface MomentCall {
  id: string;
  externalId: string | null;
  agent: { id: string; name: string };
  language: Language;
  startedAt: string;
  statuses: Record<string, ItemStatus>;
  turns: ScoredTurn[];
  items: ItemResult[];
}

/** A date-only `to` includes the whole day (as in the calls list). */
const endOf = (to: string) => (to.length === 10 ? `${to}T23:59:59.999Z` : new Date(to).toISOString());
const startOf = (from: string) => (from.length === 10 ? `${from}T00:00:00.000Z` : new Date(from).toISOString());

const latestScorecardId = sql`(select s.id from scorecards s where s.call_id = "calls"."id" order by s.created_at desc, s.rowid desc limit 1)`;

export function createCoachingMomentsRepo(db: Db) {
  return {
    /**
     * Calls that may hold moments, newest first (startedAt, id), from just after `after` on:
     * keyset paging, so the route can read batches until a page of moments is full.
     */
    calls(f: MomentCallFilters, after: { startedAt: string; callId: string } | null, limit: number): MomentCall[] {
      const c: SQL[] = [];
      if (f.agentId !== undefined) c.push(eq(calls.agentId, f.agentId));
      if (f.language) c.push(eq(calls.language, f.language));
      if (f.from) c.push(sql`${calls.startedAt} >= ${startOf(f.from)}`);
      if (f.to) c.push(sql`${calls.startedAt} <= ${endOf(f.to)}`);
      if (f.tag) c.push(sql`${scorecards.turns} like ${`%"${f.tag}"%`}`);
      if (f.item && f.status) c.push(sql`json_extract(${calls.statuses}, ${`$."${f.item}"`}) = ${f.status}`);
      if (after) c.push(sql`(${calls.startedAt}, ${calls.id}) <= (${after.startedAt}, ${after.callId})`);
      return db.select({
        id: calls.id, externalId: calls.externalId, agentId: calls.agentId, agentName: agents.name, language: calls.language,
        startedAt: calls.startedAt, statuses: calls.statuses, turns: scorecards.turns, items: scorecards.items,
      }).from(calls).innerJoin(agents, eq(agents.id, calls.agentId)).innerJoin(scorecards, eq(scorecards.id, latestScorecardId))
        .where(and(...c)).orderBy(desc(calls.startedAt), desc(calls.id)).limit(limit).all()
        .map((r) => ({
          id: r.id, externalId: r.externalId, agent: { id: r.agentId, name: r.agentName }, language: r.language, startedAt: r.startedAt,
          statuses: JSON.parse(r.statuses), turns: JSON.parse(r.turns), items: JSON.parse(r.items),
        }));
    },
  };
}
export type CoachingMomentsRepo = ReturnType<typeof createCoachingMomentsRepo>;
