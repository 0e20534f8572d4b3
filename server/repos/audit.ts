import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { Principal } from '../auth/principal.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string | null; name: string };
  action: string;
  detail: Record<string, unknown>;
}

export function createAuditRepo(db: Db) {
  return {
    record(actor: Pick<Principal, 'id' | 'name'> | null, action: string, detail: Record<string, unknown> = {}, callId: string | null = null) {
      db.insert(auditLog).values({
        actorUserId: actor?.id ?? null, actorName: actor?.name ?? 'system', action, callId, detail: JSON.stringify(detail),
      }).run();
    },
    forCall(callId: string): AuditEntry[] {
      return db.select().from(auditLog).where(eq(auditLog.callId, callId)).orderBy(asc(auditLog.id)).all()
        .map((r) => ({ id: r.id, at: r.at, actor: { id: r.actorUserId, name: r.actorName }, action: r.action, detail: JSON.parse(r.detail) }));
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
