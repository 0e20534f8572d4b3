/**
 * The database schema. One section per area; other areas (live calls, coaching) append their
 * own tables at the end and run `npx drizzle-kit generate --name <change>`.
 * Times are ISO-8601 strings (UTC); JSON columns hold the shared types from server/scoring.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ITEM_IDS } from '../scoring/types.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const createdAt = () => text('created_at').notNull().default(now);

// ── People ────────────────────────────────────────────────────────────────
export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

/** An agent as transcripts name it; `id` is the transcript's agent id. */
export const agents = sqliteTable('agents', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  teamId: text('team_id').references(() => teams.id),
  createdAt: createdAt(),
}, (t) => [index('agents_team_idx').on(t.teamId)]);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role', { enum: ['admin', 'qa_lead', 'trainer', 'agent'] }).notNull(),
  agentId: text('agent_id').references(() => agents.id),
  locale: text('locale', { enum: ['en', 'fa', 'ar'] }).notNull().default('en'),
  /** scrypt$N$r$p$salt$hash */
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('users_email_idx').on(t.email)]);

/** `id` is the SHA-256 of the cookie value, so a leaked database holds no usable session. */
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: text('expires_at').notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const apiTokens = sqliteTable('api_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['admin', 'qa_lead', 'trainer', 'agent'] }).notNull(),
  tokenHash: text('token_hash').notNull(),
  createdBy: text('created_by').references(() => users.id),
  createdAt: createdAt(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
}, (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)]);

// ── Calls and scorecards ──────────────────────────────────────────────────
export const calls = sqliteTable('calls', {
  id: text('id').primaryKey(),
  externalId: text('external_id'),
  agentId: text('agent_id').notNull().references(() => agents.id),
  language: text('language', { enum: ['en', 'fa', 'ar'] }).notNull(),
  startedAt: text('started_at').notNull(),
  durationSec: real('duration_sec'),
  sourceFormat: text('source_format').notNull(),
  contentHash: text('content_hash').notNull(),
  /** Denormalised from the latest scorecard plus overrides, for fast lists and filters. */
  overall: real('overall'),
  /** JSON { [itemId]: effective status } */
  statuses: text('statuses').notNull().default('{}'),
  reviewed: integer('reviewed', { mode: 'boolean' }).notNull().default(false),
  disputed: integer('disputed', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('calls_content_hash_idx').on(t.contentHash),
  index('calls_agent_started_idx').on(t.agentId, t.startedAt),
  index('calls_started_idx').on(t.startedAt, t.id),
  // Lists sort by coalesce(overall, -1) (see server/repos/calls.ts), so the indexes use that expression.
  index('calls_score_idx').on(sql`coalesce(${t.overall}, -1)`, t.id),
  index('calls_agent_score_idx').on(t.agentId, sql`coalesce(${t.overall}, -1)`, t.id),
  index('calls_language_started_idx').on(t.language, t.startedAt),
  // One per checklist item, for "failing item" filters and counts (see itemStatusOf in server/repos/calls.ts).
  ...ITEM_IDS.map((item) => index(`calls_status_${item}_idx`).on(sql`${t.statuses} ->> '$.${sql.raw(item)}'`)),
]);

/** Canonical Transcript JSON, kept apart so that scans of `calls` never read transcripts. */
export const callTranscripts = sqliteTable('call_transcripts', {
  callId: text('call_id').primaryKey().references(() => calls.id),
  transcript: text('transcript').notNull(),
});

export const scorecards = sqliteTable('scorecards', {
  id: text('id').primaryKey(),
  callId: text('call_id').notNull().references(() => calls.id),
  rubricVersion: integer('rubric_version').notNull(),
  scorer: text('scorer').notNull(),
  language: text('language').notNull(),
  overall: real('overall'),
  items: text('items').notNull(),
  metrics: text('metrics').notNull(),
  turns: text('turns').notNull(),
  /** Judge extras (fallbacks, tokens) when present. */
  extra: text('extra'),
  createdAt: createdAt(),
}, (t) => [index('scorecards_call_idx').on(t.callId, t.createdAt)]);

// ── QA workflow ───────────────────────────────────────────────────────────
export const overrides = sqliteTable('overrides', {
  id: text('id').primaryKey(),
  callId: text('call_id').notNull().references(() => calls.id),
  itemId: text('item_id').notNull(),
  status: text('status', { enum: ['pass', 'warn', 'fail', 'n/a'] }).notNull(),
  score: real('score'),
  /** The automatic status when the override was made (kept for calibration). */
  autoStatus: text('auto_status').notNull(),
  reason: text('reason').notNull(),
  byUserId: text('by_user_id').references(() => users.id),
  disputeId: text('dispute_id'),
  createdAt: createdAt(),
}, (t) => [index('overrides_call_idx').on(t.callId, t.createdAt)]);

export const disputes = sqliteTable('disputes', {
  id: text('id').primaryKey(),
  callId: text('call_id').notNull().references(() => calls.id),
  itemId: text('item_id').notNull(),
  reason: text('reason').notNull(),
  status: text('status', { enum: ['open', 'accepted', 'rejected'] }).notNull().default('open'),
  byUserId: text('by_user_id').references(() => users.id),
  resolvedBy: text('resolved_by').references(() => users.id),
  resolutionNote: text('resolution_note'),
  resolvedAt: text('resolved_at'),
  createdAt: createdAt(),
}, (t) => [index('disputes_call_idx').on(t.callId), index('disputes_status_idx').on(t.status)]);

export const rubricVersions = sqliteTable('rubric_versions', {
  version: integer('version').primaryKey(),
  /** Rubric JSON (items + thresholds). */
  rubric: text('rubric').notNull(),
  createdBy: text('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: createdAt(),
  actorUserId: text('actor_user_id'),
  /** Name at the time (users and tokens may be renamed or deleted later). */
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  callId: text('call_id'),
  detail: text('detail').notNull().default('{}'),
}, (t) => [index('audit_call_idx').on(t.callId, t.id)]);

// ── Background jobs ───────────────────────────────────────────────────────
export const jobs = sqliteTable('jobs', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['bulk', 'rescore'] }).notNull(),
  /** 'receiving': a bulk upload still streaming in (not yet answered; discarded at start-up). */
  status: text('status', { enum: ['receiving', 'queued', 'running', 'done'] }).notNull().default('queued'),
  /** JSON: parse options shared by the job's files, the requester. */
  options: text('options').notNull().default('{}'),
  createdBy: text('created_by'),
  createdAt: createdAt(),
  finishedAt: text('finished_at'),
}, (t) => [index('jobs_status_idx').on(t.status)]);

/** Every accepted file is stored here before the 202, so a restart resumes the job. */
export const jobFiles = sqliteTable('job_files', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  jobId: text('job_id').notNull().references(() => jobs.id),
  name: text('name').notNull(),
  /** Raw upload (bulk) or null (re-score of an existing call). */
  raw: text('raw'),
  status: text('status', { enum: ['queued', 'done', 'failed'] }).notNull().default('queued'),
  callId: text('call_id'),
  error: text('error'),
}, (t) => [index('job_files_job_status_idx').on(t.jobId, t.status)]);
export * from './schema-coaching.ts';
export * from './schema-live.ts';
