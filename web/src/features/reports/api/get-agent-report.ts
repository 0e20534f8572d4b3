import { api } from '../../../lib/api.ts';
import type { AgentReport } from '../../../lib/types.ts';

export function getAgentReport(agentId: string, weeks: number, signal?: AbortSignal) {
  return api.get<AgentReport>(`/api/reports/agents/${encodeURIComponent(agentId)}`, { weeks }, signal);
}
