import { api } from '../../../lib/api.ts';
import type { Job } from '../../../lib/types.ts';

export function getJob(id: string, signal?: AbortSignal) {
  return api.get<Job>(`/api/jobs/${encodeURIComponent(id)}`, undefined, signal);
}
