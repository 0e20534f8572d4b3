import { api } from '../../../lib/api.ts';
import type { Impact } from './detail-types.ts';

export function getAssignmentImpact(assignmentId: string, weeks: number, signal?: AbortSignal) {
  return api.get<Impact>(`/api/coaching/assignments/${encodeURIComponent(assignmentId)}/impact`, { weeks }, signal);
}
