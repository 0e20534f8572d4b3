import { api } from '../../../lib/api.ts';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function listTokens(signal?: AbortSignal) {
  return api.get<{ items: ApiToken[] } | ApiToken[]>('/api/tokens', undefined, signal).then((r) => (Array.isArray(r) ? r : r.items));
}

export function createToken(name: string) {
  return api.post<{ id: string; name: string; token: string }>('/api/tokens', { name });
}

export function revokeToken(id: string) {
  return api.del<void>(`/api/tokens/${encodeURIComponent(id)}`);
}
