import { api } from '../../../lib/api.ts';
import type { CoachingSession } from './types.ts';

export function listSessions(signal?: AbortSignal) {
  return api.get<{ items: CoachingSession[] }>('/api/coaching/sessions', undefined, signal);
}
