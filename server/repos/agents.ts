import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agents, calls, teams } from '../db/schema.ts';
import { newId } from './ids.ts';

export interface AgentSummary {
  id: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  calls: number;
  avgOverall: number | null;
}

export function createAgentsRepo(db: Db) {
  return {
    byId: (id: string) => db.select().from(agents).where(eq(agents.id, id)).get(),
    create: (input: { id: string; name: string; teamId?: string | null }) =>
      db.insert(agents).values({ ...input, teamId: input.teamId ?? null }).onConflictDoUpdate({
        target: agents.id, set: { name: input.name, teamId: input.teamId ?? null },
      }).run(),
    list(onlyId?: string | null): AgentSummary[] {
      const q = db.select({
        id: agents.id, name: agents.name, teamId: agents.teamId, teamName: teams.name,
        calls: sql<number>`count(${calls.id})`,
        avgOverall: sql<number | null>`round(avg(${calls.overall}), 1)`,
      }).from(agents).leftJoin(teams, eq(teams.id, agents.teamId)).leftJoin(calls, eq(calls.agentId, agents.id))
        .groupBy(agents.id).orderBy(asc(agents.name));
      return (onlyId !== undefined ? q.where(eq(agents.id, onlyId ?? '')) : q).all();
    },
    createTeam: (name: string, id = newId()) => db.insert(teams).values({ id, name }).returning().get(),
    teamById: (id: string) => db.select().from(teams).where(eq(teams.id, id)).get(),
    listTeams() {
      const rows = db.select().from(teams).orderBy(asc(teams.name)).all();
      const members = db.select({ teamId: agents.teamId }).from(agents).all();
      return rows.map((t) => ({
        id: t.id, name: t.name,
        agents: members.filter((a) => a.teamId === t.id).length,
      }));
    },
  };
}
export type AgentsRepo = ReturnType<typeof createAgentsRepo>;
