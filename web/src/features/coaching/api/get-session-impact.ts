import { api } from '../../../lib/api.ts';
import type { SessionImpact } from './detail-types.ts';

export function getSessionImpact(sessionId: string, weeks: number, signal?: AbortSignal) {
  return api.get<SessionImpact>(`/api/coaching/sessions/${encodeURIComponent(sessionId)}/impact`, { weeks }, signal);
}
