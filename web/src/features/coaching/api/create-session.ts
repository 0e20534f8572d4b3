import { api } from '../../../lib/api.ts';
import type { ItemId } from '../../../lib/types.ts';
import type { Clip, CoachingSession } from './types.ts';

/** Without `focusItems` the service takes the items the clips show. */
export function createSession(input: { title: string; description: string; focusItems?: ItemId[]; clips: Clip[] }) {
  return api.post<CoachingSession>('/api/coaching/sessions', input);
}
