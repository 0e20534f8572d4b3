import { api } from '../../../lib/api.ts';

export function saveReflection(assignmentId: string, reflection: string) {
  return api.put<unknown>(`/api/coaching/assignments/${encodeURIComponent(assignmentId)}/reflection`, { reflection });
}
