import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { apiTokens } from '../db/schema.ts';
import type { Role } from '../auth/principal.ts';
import { newId } from './ids.ts';

export function createTokensRepo(db: Db) {
  return {
    create(input: { name: string; role: Role; tokenHash: string; createdBy: string | null }) {
      return db.insert(apiTokens).values({ id: newId(), ...input }).returning().get();
    },
    list: () => db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt)).all(),
    byHash: (tokenHash: string) => db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).get(),
    byId: (id: string) => db.select().from(apiTokens).where(eq(apiTokens.id, id)).get(),
    touch: (id: string, at: string) => db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id)).run(),
    revoke: (id: string, at: string) => db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).run(),
  };
}
export type TokensRepo = ReturnType<typeof createTokensRepo>;
