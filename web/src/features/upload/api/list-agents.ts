import { api } from '../../../lib/api.ts';
import type { AgentRow } from '../../../lib/types.ts';

export function listAgents(signal?: AbortSignal) {
  return api.get<{ items: AgentRow[] }>('/api/agents', undefined, signal);
}
