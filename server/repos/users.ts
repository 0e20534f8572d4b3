import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema.ts';
import type { Locale, Role } from '../auth/principal.ts';
import { newId } from './ids.ts';

export type UserRow = typeof users.$inferSelect;

/** The user as the API shows it (never the password hash). */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  agentId: string | null;
  locale: Locale;
  disabled: boolean;
  createdAt: string;
}

export const toPublicUser = (u: UserRow): PublicUser => ({
  id: u.id, email: u.email, name: u.name, role: u.role, agentId: u.agentId,
  locale: u.locale, disabled: u.disabled, createdAt: u.createdAt,
});

export function createUsersRepo(db: Db) {
  return {
    byEmail: (email: string) => db.select().from(users).where(eq(users.email, email.toLowerCase())).get(),
    byId: (id: string) => db.select().from(users).where(eq(users.id, id)).get(),
    list: () => db.select().from(users).orderBy(asc(users.email)).all(),
    count: () => db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0,
    create(input: { email: string; name: string; role: Role; passwordHash: string; agentId?: string | null }) {
      const row = { id: newId(), ...input, email: input.email.toLowerCase(), agentId: input.agentId ?? null };
      return db.insert(users).values(row).returning().get();
    },
    update(id: string, patch: Partial<Pick<UserRow, 'name' | 'role' | 'agentId' | 'disabled' | 'passwordHash' | 'locale'>>) {
      return db.update(users).set(patch).where(eq(users.id, id)).returning().get();
    },
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;
