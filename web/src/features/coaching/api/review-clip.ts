import { api } from '../../../lib/api.ts';

export function reviewClip(assignmentId: string, clipId: string) {
  return api.post<unknown>(`/api/coaching/assignments/${encodeURIComponent(assignmentId)}/clips/${encodeURIComponent(clipId)}/review`);
}
