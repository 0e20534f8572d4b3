import { api } from '../../../lib/api.ts';
import type { DrillAttempt } from './detail-types.ts';

export function submitDrill(assignmentId: string, input: { clipId: string; reply: string }) {
  return api.post<DrillAttempt>(`/api/coaching/assignments/${encodeURIComponent(assignmentId)}/drills`, input);
}
