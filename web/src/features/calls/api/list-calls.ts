import { api } from '../../../lib/api.ts';
import type { Query } from '../../../lib/api-client.ts';
import type { CallSummary, Page } from '../../../lib/types.ts';

/** The queue's filters, exactly the query parameters of `GET /api/calls`. */
export const CALL_FILTER_KEYS = [
  'agentId',
  'teamId',
  'from',
  'to',
  'minScore',
  'maxScore',
  'failingItem',
  'language',
  'reviewed',
  'disputed',
  'q',
  'sort',
] as const;
export type CallFilters = Partial<Record<(typeof CALL_FILTER_KEYS)[number], string>>;

export function filtersFromSearch(params: URLSearchParams): CallFilters {
  const filters: CallFilters = {};
  for (const key of CALL_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function listCalls(filters: CallFilters, cursor?: string | null, signal?: AbortSignal) {
  const query: Query = { ...filters, limit: 50, cursor: cursor ?? undefined };
  return api.get<Page<CallSummary>>('/api/calls', query, signal);
}

export function exportUrl(filters: CallFilters): string {
  const { sort: _sort, ...rest } = filters;
  return api.url('/api/export/scorecards.csv', rest);
}
