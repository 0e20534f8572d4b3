import { api } from '../../../lib/api.ts';

export function completeAssignment(assignmentId: string, reflection: string) {
  return api.post<unknown>(`/api/coaching/assignments/${encodeURIComponent(assignmentId)}/complete`, reflection ? { reflection } : {});
}
