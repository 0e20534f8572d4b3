import { api } from '../../../lib/api.ts';
import type { Role, User } from '../../../lib/types.ts';

export function listUsers(signal?: AbortSignal) {
  return api.get<{ items: User[] } | User[]>('/api/users', undefined, signal).then((r) => (Array.isArray(r) ? r : r.items));
}

export function createUser(input: { email: string; name: string; role: Role; password: string; agentId?: string }) {
  return api.post<{ user: User } | User>('/api/users', input);
}

export function updateUser(id: string, patch: { disabled?: boolean; role?: Role }) {
  return api.patch<unknown>(`/api/users/${encodeURIComponent(id)}`, patch);
}
