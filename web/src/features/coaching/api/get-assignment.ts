import { api } from '../../../lib/api.ts';
import type { AssignmentDetail } from './detail-types.ts';

export function getAssignment(id: string, signal?: AbortSignal) {
  return api.get<AssignmentDetail>(`/api/coaching/assignments/${encodeURIComponent(id)}`, undefined, signal);
}
