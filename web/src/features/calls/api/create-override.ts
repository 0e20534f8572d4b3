import { api } from '../../../lib/api.ts';
import type { ItemId, ItemStatus, Override } from '../../../lib/types.ts';

export interface OverrideInput {
  itemId: ItemId;
  status: ItemStatus;
  score?: number;
  reason: string;
}

export function createOverride(callId: string, input: OverrideInput) {
  return api.post<Override>(`/api/calls/${encodeURIComponent(callId)}/overrides`, input);
}
