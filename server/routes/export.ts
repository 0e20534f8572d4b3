import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { agentScope, principalOf } from '../auth/hook.ts';
import type { CallSummary } from '../repos/calls.ts';
import { ITEM_IDS } from '../scoring/types.ts';
import { CallFilterProps, filtersOf } from './calls.ts';
import { Strict } from './schemas.ts';

/** RFC 4180 field; a leading = + - @ is prefixed with ' so spreadsheets don't run it as a formula. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = ['call_id', 'external_id', 'agent_id', 'agent_name', 'language', 'started_at', 'duration_sec', 'source_format', 'overall', 'reviewed', 'disputed', ...ITEM_IDS];

const toLine = (c: CallSummary) => [
  c.id, c.externalId, c.agent.id, c.agent.name, c.language, c.startedAt, c.durationSec, c.sourceFormat, c.overall, c.reviewed, c.disputed,
  ...ITEM_IDS.map((id) => c.items[id] ?? ''),
].map(csvField).join(',') + '\r\n';

export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos } = app.ctx;
  app.get('/api/export/scorecards.csv', { schema: { querystring: Type.Object(CallFilterProps, Strict) } }, async (request, reply) => {
    const { filters, sort } = filtersOf(request.query, agentScope(principalOf(request)));
    const rows = repos.calls.iterate(filters, sort);
    function* lines() {
      yield HEADER.join(',') + '\r\n';
      for (const row of rows) yield toLine(row);
    }
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="scorecards.csv"');
    return reply.send(Readable.from(lines()));
  });
};
