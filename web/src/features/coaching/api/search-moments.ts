import { api } from '../../../lib/api.ts';
import type { Page } from '../../../lib/types.ts';
import type { Moment } from './types.ts';

export interface MomentQuery {
  tag?: string;
  item?: string;
  status?: string;
  language?: string;
  agentId?: string;
  from?: string;
  to?: string;
  /** 'true': only turns right after a customer turn that voiced a negative feeling. */
  afterNegativeEmotion?: string;
}

export function searchMoments(query: MomentQuery, cursor?: string | null, signal?: AbortSignal) {
  return api.get<Page<Moment>>('/api/moments', { ...query, limit: 50, cursor: cursor ?? undefined }, signal);
}
