import { api } from '../../../lib/api.ts';
import type { Team } from '../../../lib/types.ts';

export function listTeams(signal?: AbortSignal) {
  return api.get<{ items: Team[] }>('/api/teams', undefined, signal);
}
