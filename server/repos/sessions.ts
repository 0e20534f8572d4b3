import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';

/** Sessions are stored by the hash of their cookie value. */
export function createSessionsRepo(db: Db) {
  return {
    create(input: { id: string; userId: string; expiresAt: string }) {
      db.insert(sessions).values(input).run();
    },
    /** The session's user when the session exists and has not expired. */
    findActive(id: string, now: string) {
      return db.select({ user: users, expiresAt: sessions.expiresAt }).from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now))).get();
    },
    remove: (id: string) => db.delete(sessions).where(eq(sessions.id, id)).run(),
    removeForUser: (userId: string) => db.delete(sessions).where(eq(sessions.userId, userId)).run(),
    removeExpired: (now: string) => db.delete(sessions).where(lt(sessions.expiresAt, now)).run(),
  };
}
export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
