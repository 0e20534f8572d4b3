import { api } from '../../../lib/api.ts';
import type { Dispute, DisputeStatus } from '../../../lib/types.ts';

export function listDisputes(status: DisputeStatus | '', signal?: AbortSignal) {
  return api.get<{ items: Dispute[] }>('/api/disputes', { status }, signal);
}
