import { api } from '../../../lib/api.ts';
import type { Dispute, ItemStatus } from '../../../lib/types.ts';

export interface Resolution {
  decision: 'accepted' | 'rejected';
  note: string;
  status?: ItemStatus;
  score?: number;
}

export function resolveDispute(id: string, resolution: Resolution) {
  return api.post<Dispute>(`/api/disputes/${encodeURIComponent(id)}/resolve`, resolution);
}
