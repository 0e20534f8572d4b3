import { api } from '../../../lib/api.ts';
import type { CallDetail } from '../../../lib/types.ts';

export function getCall(id: string, signal?: AbortSignal) {
  return api.get<CallDetail>(`/api/calls/${encodeURIComponent(id)}`, undefined, signal);
}
