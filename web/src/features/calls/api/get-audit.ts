import { api } from '../../../lib/api.ts';
import type { AuditEntry } from '../../../lib/types.ts';

export function getAudit(callId: string, signal?: AbortSignal) {
  return api.get<{ items: AuditEntry[] }>(`/api/calls/${encodeURIComponent(callId)}/audit`, undefined, signal);
}
