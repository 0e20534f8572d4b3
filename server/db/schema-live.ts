/**
 * Live calls (SPEC §6): a call being streamed and its final segments, stored before each ack
 * so that nothing acknowledged is lost across dropped sockets or a server restart.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** `id` is the client's callId (the transcript id once stored). */
export const liveCalls = sqliteTable('live_calls', {
  id: text('id').primaryKey(),
  agentId: text('agent_id').notNull(),
  agentName: text('agent_name'),
  /** Language named in `start`; null when it is detected from the text. */
  language: text('language', { enum: ['en', 'fa', 'ar'] }),
  startedAt: text('started_at').notNull(),
  /** The principal (user or token id) that started the call; only it may resume. */
  ownerId: text('owner_id').notNull(),
  ownerName: text('owner_name').notNull(),
  status: text('status', { enum: ['live', 'ended', 'failed'] }).notNull().default('live'),
  lastSeq: integer('last_seq').notNull().default(0),
  /** The stored call (calls.id) once finalised. */
  callId: text('call_id'),
  /** Why finalising failed (e.g. only one speaker), when status is 'failed'. */
  error: text('error'),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
  endedAt: text('ended_at'),
}, (t) => [index('live_calls_status_idx').on(t.status)]);

export const liveSegments = sqliteTable('live_segments', {
  liveCallId: text('live_call_id').notNull().references(() => liveCalls.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  speaker: text('speaker', { enum: ['agent', 'customer'] }).notNull(),
  text: text('text').notNull(),
  start: real('start'),
  end: real('end'),
  receivedAt: text('received_at').notNull().default(now),
}, (t) => [primaryKey({ columns: [t.liveCallId, t.seq] })]);
