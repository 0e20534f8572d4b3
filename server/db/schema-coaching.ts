/**
 * Coaching tables (issue 7): sessions built from call clips, assigned to agents, reviewed,
 * practised with drills. Times are ISO-8601 strings (UTC), like the rest of the schema.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { agents, calls, users } from './schema.ts';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const coachingSessions = sqliteTable('coaching_sessions', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  /** Language of drill feedback and of the session's clips (en, fa, ar). */
  language: text('language', { enum: ['en', 'fa', 'ar'] }).notNull(),
  createdBy: text('created_by'),
  createdByName: text('created_by_name').notNull(),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
}, (t) => [index('coaching_sessions_created_idx').on(t.createdAt)]);

export const sessionFocusItems = sqliteTable('session_focus_items', {
  sessionId: text('session_id').notNull().references(() => coachingSessions.id, { onDelete: 'cascade' }),
  itemId: text('item_id').notNull(),
  position: integer('position').notNull(),
}, (t) => [primaryKey({ columns: [t.sessionId, t.itemId] })]);

/** A stretch of a call (turns fromTurn..toTurn, inclusive) with the trainer's note. */
export const sessionClips = sqliteTable('session_clips', {
  id: text('id').primaryKey(),
  sessionId: text('session_id').notNull().references(() => coachingSessions.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  callId: text('call_id').notNull().references(() => calls.id),
  fromTurn: integer('from_turn').notNull(),
  toTurn: integer('to_turn').notNull(),
  /** The turn the trainer picked (a moment); within the range. */
  focusTurn: integer('focus_turn').notNull(),
  note: text('note').notNull().default(''),
  kind: text('kind', { enum: ['good', 'poor'] }).notNull(),
}, (t) => [index('session_clips_session_idx').on(t.sessionId, t.position)]);

export const assignments = sqliteTable('assignments', {
  id: text('id').primaryKey(),
  sessionId: text('session_id').notNull().references(() => coachingSessions.id, { onDelete: 'cascade' }),
  agentId: text('agent_id').notNull().references(() => agents.id),
  assignedBy: text('assigned_by'),
  assignedAt: text('assigned_at').notNull().default(now),
  dueAt: text('due_at'),
  status: text('status', { enum: ['assigned', 'in_progress', 'completed'] }).notNull().default('assigned'),
  completedAt: text('completed_at'),
  reflection: text('reflection'),
}, (t) => [
  uniqueIndex('assignments_session_agent_idx').on(t.sessionId, t.agentId),
  index('assignments_agent_idx').on(t.agentId, t.assignedAt),
]);

export const clipReviews = sqliteTable('clip_reviews', {
  assignmentId: text('assignment_id').notNull().references(() => assignments.id, { onDelete: 'cascade' }),
  clipId: text('clip_id').notNull().references(() => sessionClips.id, { onDelete: 'cascade' }),
  reviewedAt: text('reviewed_at').notNull().default(now),
}, (t) => [primaryKey({ columns: [t.assignmentId, t.clipId] })]);

export const drillAttempts = sqliteTable('drill_attempts', {
  id: text('id').primaryKey(),
  assignmentId: text('assignment_id').notNull().references(() => assignments.id, { onDelete: 'cascade' }),
  clipId: text('clip_id').notNull().references(() => sessionClips.id, { onDelete: 'cascade' }),
  /** The customer turn (index in the clip's call) the agent answered. */
  customerTurn: integer('customer_turn').notNull(),
  reply: text('reply').notNull(),
  language: text('language', { enum: ['en', 'fa', 'ar'] }).notNull(),
  /** JSON: the reply's tags from the scoring core. */
  tags: text('tags').notNull(),
  /** JSON: the checks and messages returned to the agent. */
  feedback: text('feedback').notNull(),
  byUserId: text('by_user_id').references(() => users.id),
  createdAt: text('created_at').notNull().default(now),
}, (t) => [index('drill_attempts_assignment_idx').on(t.assignmentId, t.createdAt)]);
