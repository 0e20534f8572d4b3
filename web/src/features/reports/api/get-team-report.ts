import { api } from '../../../lib/api.ts';
import type { TeamReport } from '../../../lib/types.ts';

export function getTeamReport(query: { teamId?: string; from?: string; to?: string }, signal?: AbortSignal) {
  return api.get<TeamReport>('/api/reports/team', query, signal);
}
