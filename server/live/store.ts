/** Live calls and their final segments in SQLite: written before every ack, read back after a restart. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveCalls, liveSegments } from '../db/schema-live.ts';
import type { Turn } from '../scoring/types.ts';

export type LiveCallRow = typeof liveCalls.$inferSelect;
export type NewLiveCall = Pick<LiveCallRow, 'id' | 'agentId' | 'agentName' | 'language' | 'startedAt' | 'ownerId' | 'ownerName'>;

const stamp = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function createLiveStore(db: Db) {
  const insertSegment = db.$client.prepare(
    'INSERT INTO live_segments (live_call_id, seq, speaker, text, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
  );
  const bumpSeq = db.$client.prepare(
    "UPDATE live_calls SET last_seq = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
  );
  const addSegment = db.$client.transaction((callId: string, seq: number, t: Turn) => {
    insertSegment.run(callId, seq, t.speaker, t.text, t.start ?? null, t.end ?? null);
    bumpSeq.run(seq, callId);
  });

  return {
    byId: (id: string) => db.select().from(liveCalls).where(eq(liveCalls.id, id)).get(),
    create: (row: NewLiveCall) => db.insert(liveCalls).values(row).returning().get(),
    /** Stores one final segment and moves the call's last seq, atomically. */
    addSegment: (callId: string, seq: number, turn: Turn) => addSegment(callId, seq, turn),
    segments(callId: string): Turn[] {
      return db.select().from(liveSegments).where(eq(liveSegments.liveCallId, callId)).orderBy(asc(liveSegments.seq)).all()
        .map((s) => {
          const turn: Turn = { speaker: s.speaker, text: s.text };
          if (s.start !== null) turn.start = s.start;
          if (s.end !== null) turn.end = s.end;
          return turn;
        });
    },
    unfinished: () => db.select().from(liveCalls).where(eq(liveCalls.status, 'live')).all(),
    markEnded: (id: string, storedCallId: string) =>
      db.update(liveCalls).set({ status: 'ended', callId: storedCallId, endedAt: stamp, updatedAt: stamp })
        .where(and(eq(liveCalls.id, id), eq(liveCalls.status, 'live'))).run(),
    markFailed: (id: string, error: string) =>
      db.update(liveCalls).set({ status: 'failed', error, endedAt: stamp, updatedAt: stamp }).where(eq(liveCalls.id, id)).run(),
  };
}
export type LiveStore = ReturnType<typeof createLiveStore>;
