import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { agentScope, principalOf } from '../auth/hook.ts';
import { SEES_ALL } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import { agreement, groupBy, isoWeek, medianOf, summarise, type StatRow } from '../repos/stats.ts';
import { ITEM_IDS } from '../scoring/types.ts';
import { IsoDate, Strict } from './schemas.ts';

type Row = StatRow & { agentId: string; teamId: string | null; startedAt: string };

/** Per-week summaries of rows, oldest week first. */
function weekly(rows: Row[]) {
  return [...groupBy(rows, (r) => isoWeek(r.startedAt).week)].sort(([a], [b]) => a.localeCompare(b))
    .map(([week, list]) => ({ week, start: isoWeek(list[0].startedAt).start, ...summarise(list) }));
}

/** Median over agents of their weekly summaries. */
function weeklyMedian(rows: Row[]) {
  return [...groupBy(rows, (r) => isoWeek(r.startedAt).week)].sort(([a], [b]) => a.localeCompare(b))
    .map(([week, list]) => ({ week, ...medianOf([...groupBy(list, (r) => r.agentId).values()].map(summarise)) }));
}

function distribution(rows: Row[]) {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const r of rows) if (r.overall !== null) buckets[Math.min(9, Math.floor(r.overall / 10))].count++;
  return { buckets };
}

export const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos } = app.ctx;

  app.get('/api/reports/agents/:agentId', {
    schema: {
      params: Type.Object({ agentId: Type.String({ minLength: 1, maxLength: 200 }) }, Strict),
      querystring: Type.Object({ weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104 })) }, Strict),
    },
  }, async (request) => {
    const scope = agentScope(principalOf(request));
    const agent = repos.agents.byId(request.params.agentId);
    if (!agent || (scope !== undefined && scope !== agent.id)) throw notFound('agent', 'agents.not_found');
    const weeks = request.query.weeks ?? 12;
    const from = isoWeek(new Date(Date.now() - (weeks - 1) * 7 * 86_400_000).toISOString()).start;
    const mine = repos.calls.statsRows({ agentId: agent.id, from });
    const team = agent.teamId ? repos.calls.statsRows({ teamId: agent.teamId, from }) : mine;
    const teamName = agent.teamId ? repos.agents.teamById(agent.teamId)?.name ?? null : null;
    return {
      agent: { id: agent.id, name: agent.name, teamId: agent.teamId, teamName },
      weeks: weekly(mine), teamMedian: weeklyMedian(team),
    };
  });

  app.get('/api/reports/team', {
    config: { auth: SEES_ALL },
    schema: {
      querystring: Type.Object({
        teamId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate),
      }, Strict),
    },
  }, async (request) => {
    const { teamId, from, to } = request.query;
    if (teamId && !repos.agents.teamById(teamId)) throw notFound('team', 'teams.not_found');
    const rows = repos.calls.statsRows({ teamId, from, to });
    const names = new Map(repos.agents.list().map((a) => [a.id, a.name]));
    return {
      agents: [...groupBy(rows, (r) => r.agentId)].map(([id, list]) => ({ agent: { id, name: names.get(id) ?? id }, ...summarise(list) }))
        .sort((a, b) => a.agent.name.localeCompare(b.agent.name)),
      distribution: distribution(rows),
      weeks: weekly(rows).map(({ start: _start, ...w }) => w),
    };
  });

  app.get('/api/reports/calibration', {
    config: { auth: SEES_ALL },
    schema: { querystring: Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) }, Strict) },
  }, async (request) => {
    const { from, to } = request.query;
    const reviewed = repos.reviews.reviewedStatuses({
      from: from && (from.length === 10 ? `${from}T00:00:00.000Z` : new Date(from).toISOString()),
      to: to && (to.length === 10 ? `${to}T23:59:59.999Z` : new Date(to).toISOString()),
    });
    return {
      items: ITEM_IDS.map((itemId) => {
        const mine = reviewed.filter((r) => r.qa[itemId] && r.auto[itemId]).map((r) => [r.qa[itemId], r.auto[itemId]] as [string, string]);
        return { itemId, reviewed: mine.length, ...agreement(mine) };
      }),
    };
  });
};
