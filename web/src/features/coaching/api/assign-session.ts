import { api } from '../../../lib/api.ts';

export function assignSession(sessionId: string, input: { agentIds: string[]; dueAt: string | null }) {
  return api.post<unknown>(`/api/coaching/sessions/${encodeURIComponent(sessionId)}/assign`, input);
}
