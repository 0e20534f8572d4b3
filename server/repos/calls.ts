import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agents, calls, callTranscripts, overrides, scorecards } from '../db/schema.ts';
import type { SerializedScorecard, StorableCall } from '../jobs/prepare-call.ts';
import type { ItemStatus, Scorecard } from '../scoring/types.ts';
import { newId } from './ids.ts';

/** A call with its transcript JSON. */
export type CallRow = typeof calls.$inferSelect & { transcript: string };
export type ScorecardRow = typeof scorecards.$inferSelect;

export interface CallFilters {
  /** Agents see only their own calls: the route sets this from the principal. */
  agentId?: string;
  teamId?: string;
  from?: string;
  to?: string;
  minScore?: number;
  maxScore?: number;
  failingItem?: string;
  language?: string;
  reviewed?: boolean;
  disputed?: boolean;
  q?: string;
}

export type CallSort = 'startedAt' | '-startedAt' | 'overall' | '-overall';

export interface CallSummary {
  id: string;
  externalId: string | null;
  agent: { id: string; name: string };
  language: string;
  startedAt: string;
  durationSec: number | null;
  overall: number | null;
  items: Record<string, ItemStatus>;
  reviewed: boolean;
  disputed: boolean;
  sourceFormat: string;
}

/**
 * An item's effective status, written exactly as the per-item indexes in schema.ts are, so that
 * SQLite uses them. Item ids are checked first because they are inlined.
 */
export function itemStatusOf(item: string): SQL {
  if (!/^[a-z_]+$/.test(item)) throw new Error(`not an item id: ${item}`);
  return sql`${calls.statuses} ->> ${sql.raw(`'$.${item}'`)}`;
}

/** A date-only `to` includes the whole day. */
const endOf = (to: string) => (to.length === 10 ? `${to}T23:59:59.999Z` : new Date(to).toISOString());
const startOf = (from: string) => (from.length === 10 ? `${from}T00:00:00.000Z` : new Date(from).toISOString());
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(f: CallFilters): SQL[] {
  const c: SQL[] = [];
  if (f.agentId !== undefined) c.push(eq(calls.agentId, f.agentId));
  if (f.teamId !== undefined) c.push(eq(agents.teamId, f.teamId));
  if (f.from) c.push(sql`${calls.startedAt} >= ${startOf(f.from)}`);
  if (f.to) c.push(sql`${calls.startedAt} <= ${endOf(f.to)}`);
  if (f.minScore !== undefined) c.push(sql`${calls.overall} >= ${f.minScore}`);
  if (f.maxScore !== undefined) c.push(sql`${calls.overall} <= ${f.maxScore}`);
  if (f.failingItem) c.push(sql`${itemStatusOf(f.failingItem)} = 'fail'`);
  if (f.language) c.push(eq(calls.language, f.language as CallRow['language']));
  if (f.reviewed !== undefined) c.push(eq(calls.reviewed, f.reviewed));
  if (f.disputed !== undefined) c.push(eq(calls.disputed, f.disputed));
  if (f.q) {
    const p = likePattern(f.q);
    c.push(sql`(${calls.externalId} like ${p} escape '\\' or ${agents.name} like ${p} escape '\\'
      or exists (select 1 from ${callTranscripts} t where t.call_id = "calls"."id" and t.transcript like ${p} escape '\\'))`);
  }
  return c;
}

/** Sort key as stored; a null overall sorts as -1 so that keyset paging stays total. */
const sortExpr = (sort: CallSort) => (sort.endsWith('overall') ? sql`coalesce(${calls.overall}, -1)` : sql`${calls.startedAt}`);

export const encodeCursor = (key: string | number, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64url');
export function decodeCursor(cursor: string): [string | number, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && ['string', 'number'].includes(typeof v[0]) && typeof v[1] === 'string') return v as [string | number, string];
  } catch { /* fall through */ }
  return null;
}

const summaryColumns = {
  id: calls.id, externalId: calls.externalId, agentId: calls.agentId, agentName: agents.name, language: calls.language,
  startedAt: calls.startedAt, durationSec: calls.durationSec, overall: calls.overall, statuses: calls.statuses,
  reviewed: calls.reviewed, disputed: calls.disputed, sourceFormat: calls.sourceFormat,
};
type SummaryRow = { [K in keyof typeof summaryColumns]: unknown } & Record<string, unknown>;
const toSummary = (r: SummaryRow): CallSummary => ({
  id: r.id as string, externalId: r.externalId as string | null, agent: { id: r.agentId as string, name: r.agentName as string },
  language: r.language as string, startedAt: r.startedAt as string, durationSec: r.durationSec as number | null,
  overall: r.overall as number | null, items: JSON.parse(r.statuses as string), reviewed: r.reviewed as boolean,
  disputed: r.disputed as boolean, sourceFormat: r.sourceFormat as string,
});

const scorecardValues = (callId: string, s: SerializedScorecard) => {
  const { statuses: _statuses, ...columns } = s;
  return { id: newId(), callId, ...columns };
};

export function toScorecard(row: ScorecardRow, call: Pick<CallRow, 'id' | 'externalId'>) {
  return {
    id: row.id, callId: call.externalId ?? call.id, language: row.language, overall: row.overall,
    items: JSON.parse(row.items), metrics: JSON.parse(row.metrics), turns: JSON.parse(row.turns),
    rubricVersion: row.rubricVersion, scorer: row.scorer, ...(row.extra ? JSON.parse(row.extra) : {}), createdAt: row.createdAt,
  };
}

export function createCallsRepo(db: Db) {
  const latestScorecard = (callId: string) =>
    db.select().from(scorecards).where(eq(scorecards.callId, callId)).orderBy(desc(scorecards.createdAt), desc(sql`rowid`)).limit(1).get();

  /** Recomputes the list columns: auto statuses of the latest scorecard with the latest override per item on top. */
  function refreshSummary(callId: string): void {
    const card = latestScorecard(callId);
    const statuses: Record<string, string> = {};
    for (const item of card ? (JSON.parse(card.items) as Scorecard['items']) : []) statuses[item.id] = item.status;
    const ov = db.select().from(overrides).where(eq(overrides.callId, callId)).orderBy(asc(overrides.createdAt), asc(sql`rowid`)).all();
    for (const o of ov) statuses[o.itemId] = o.status;
    db.update(calls).set({ overall: card?.overall ?? null, statuses: JSON.stringify(statuses), reviewed: ov.length > 0 })
      .where(eq(calls.id, callId)).run();
  }

  // Prepared once: bulk jobs insert thousands of calls, and building each query again costs more than running it.
  const p = (name: string) => sql.placeholder(name);
  const insertStatements = {
    byHash: db.select({ id: calls.id }).from(calls).where(eq(calls.contentHash, p('hash'))).prepare(),
    agent: db.insert(agents).values({ id: p('id'), name: p('name') }).onConflictDoNothing().prepare(),
    call: db.insert(calls).values({
      id: p('id'), externalId: p('externalId'), agentId: p('agentId'), language: p('language'), startedAt: p('startedAt'),
      durationSec: p('durationSec'), sourceFormat: p('sourceFormat'), contentHash: p('contentHash'),
      overall: p('overall'), statuses: p('statuses'),
    }).prepare(),
    transcript: db.insert(callTranscripts).values({ callId: p('callId'), transcript: p('transcript') }).prepare(),
    scorecard: db.insert(scorecards).values({
      id: p('id'), callId: p('callId'), rubricVersion: p('rubricVersion'), scorer: p('scorer'), language: p('language'), overall: p('overall'),
      items: p('items'), metrics: p('metrics'), turns: p('turns'), extra: p('extra'),
    }).prepare(),
  };

  function list(filters: CallFilters, sort: CallSort, limit: number, cursor: [string | number, string] | null, withTotal = true) {
    const conds = filterConditions(filters);
    const key = sortExpr(sort);
    const descending = sort.startsWith('-');
    const page = [...conds];
    if (cursor) page.push(descending ? sql`(${key}, ${calls.id}) < (${cursor[0]}, ${cursor[1]})` : sql`(${key}, ${calls.id}) > (${cursor[0]}, ${cursor[1]})`);
    const order = descending ? [desc(key), desc(calls.id)] : [asc(key), asc(calls.id)];
    const rows = db.select({ ...summaryColumns, sortKey: sql<string | number>`${key}` }).from(calls)
      .innerJoin(agents, eq(agents.id, calls.agentId)).where(and(...page)).orderBy(...order).limit(limit + 1).all();
    const total = !withTotal ? 0 : db.select({ n: sql<number>`count(*)` }).from(calls).innerJoin(agents, eq(agents.id, calls.agentId)).where(and(...conds)).get()?.n ?? 0;
    const more = rows.length > limit;
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toSummary), nextCursor: more && last ? encodeCursor(last.sortKey, last.id) : null, total };
  }

  return {
    byId: (id: string): CallRow | undefined => db.select({ ...getTableColumns(calls), transcript: callTranscripts.transcript }).from(calls)
      .innerJoin(callTranscripts, eq(callTranscripts.callId, calls.id)).where(eq(calls.id, id)).get(),
    latestScorecard,
    refreshSummary,
    scorecards: (callId: string) =>
      db.select().from(scorecards).where(eq(scorecards.callId, callId)).orderBy(asc(scorecards.createdAt), asc(sql`rowid`)).all(),
    /** Stores a prepared call and its scorecard; answers the existing call for a duplicate. Call inside a transaction. */
    insertPrepared(p: StorableCall): { id: string; duplicate: boolean } {
      const existing = insertStatements.byHash.get({ hash: p.contentHash });
      if (existing) return { id: existing.id, duplicate: true };
      insertStatements.agent.run({ id: p.agentId, name: p.agentName });
      const id = newId();
      const { scorecard, agentName: _name, ...call } = p;
      insertStatements.call.run({ ...call, id, overall: scorecard.overall, statuses: scorecard.statuses });
      insertStatements.transcript.run({ callId: id, transcript: p.transcript });
      insertStatements.scorecard.run(scorecardValues(id, scorecard));
      return { id, duplicate: false };
    },
    addScorecard(callId: string, s: SerializedScorecard): ScorecardRow {
      const row = db.insert(scorecards).values(scorecardValues(callId, s)).returning().get();
      refreshSummary(callId);
      return row;
    },
    /** The stored transcript JSON, unparsed (workers parse it). */
    transcriptJsonOf: (id: string): string | undefined =>
      db.select({ t: callTranscripts.transcript }).from(callTranscripts).where(eq(callTranscripts.callId, id)).get()?.t,
    setDisputed: (id: string, disputed: boolean) => db.update(calls).set({ disputed }).where(eq(calls.id, id)).run(),
    list,
    /** Every matching call, in order, fetched a page at a time (for the CSV export). */
    *iterate(filters: CallFilters, sort: CallSort): Generator<CallSummary> {
      let cursor: [string | number, string] | null = null;
      do {
        const page = list(filters, sort, 1000, cursor, false);
        yield* page.items;
        cursor = page.nextCursor ? decodeCursor(page.nextCursor) : null;
      } while (cursor);
    },
    /** All calls, for reports: agent, week and statuses only. */
    statsRows(filters: CallFilters) {
      return db.select({ agentId: calls.agentId, teamId: agents.teamId, startedAt: calls.startedAt, overall: calls.overall, statuses: calls.statuses })
        .from(calls).innerJoin(agents, eq(agents.id, calls.agentId)).where(and(...filterConditions(filters))).all();
    },
  };
}
export type CallsRepo = ReturnType<typeof createCallsRepo>;
