import { api } from '../../../lib/api.ts';
import type { Dispute, ItemId } from '../../../lib/types.ts';

export function createDispute(callId: string, input: { itemId: ItemId; reason: string }) {
  return api.post<Dispute>(`/api/calls/${encodeURIComponent(callId)}/disputes`, input);
}
