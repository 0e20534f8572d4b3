import { api } from '../../../lib/api.ts';
import type { Clip, CoachingSession } from './types.ts';

export function createSession(input: { title: string; description: string; clips: Clip[] }) {
  return api.post<CoachingSession>('/api/coaching/sessions', input);
}
