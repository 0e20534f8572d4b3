import { api } from '../../../lib/api.ts';
import type { Assignment } from './types.ts';

export function listAssignments(mine: boolean, signal?: AbortSignal) {
  return api.get<{ items: Assignment[] }>('/api/coaching/assignments', mine ? { mine: true } : undefined, signal);
}
