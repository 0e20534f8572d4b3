/** The dashboard's view of `/api/live/watch`: snapshot + events → live calls. */
import type { ItemId, ItemStatus, Language, Person } from '../../../lib/types.ts';

export interface Nudge {
  item: ItemId;
  message: string;
  turn?: number;
  at?: string;
}

export interface LiveItem {
  id: ItemId;
  status: ItemStatus;
  score?: number | null;
}

export interface LiveCall {
  callId: string;
  agent: Person;
  language: Language;
  startedAt: string;
  overall: number | null;
  items: LiveItem[];
  lastNudge: Nudge | null;
  /** Newest first; the agent's panel lists them as they arrive. */
  nudges: Nudge[];
}

export type LiveState = Map<string, LiveCall>;

const MAX_NUDGES = 20;

/** Items arrive as a list (SPEC §6 score frames) or as a map of statuses. */
function normaliseItems(items: unknown): LiveItem[] {
  if (Array.isArray(items)) return items as LiveItem[];
  if (items && typeof items === 'object') {
    return Object.entries(items as Record<string, ItemStatus | LiveItem>).map(([id, value]) =>
      typeof value === 'string' ? { id: id as ItemId, status: value } : { ...value, id: id as ItemId },
    );
  }
  return [];
}

function toCall(raw: Record<string, unknown>, previous?: LiveCall): LiveCall {
  const lastNudge = (raw.lastNudge as Nudge | null | undefined) ?? previous?.lastNudge ?? null;
  const nudges = previous?.nudges ?? (lastNudge ? [lastNudge] : []);
  return {
    callId: String(raw.callId),
    agent: (raw.agent as Person) ?? previous?.agent ?? { id: '', name: '' },
    language: (raw.language as Language) ?? previous?.language ?? 'en',
    startedAt: (raw.startedAt as string) ?? previous?.startedAt ?? '',
    overall: (raw.overall as number | null | undefined) ?? previous?.overall ?? null,
    items: raw.items !== undefined ? normaliseItems(raw.items) : (previous?.items ?? []),
    lastNudge,
    nudges,
  };
}

export function applyLiveMessage(state: LiveState, message: unknown): LiveState {
  if (!message || typeof message !== 'object') return state;
  const m = message as Record<string, unknown>;
  const next = new Map(state);
  switch (m.type) {
    case 'calls': {
      const fresh = new Map<string, LiveCall>();
      for (const raw of (m.calls as Record<string, unknown>[]) ?? []) {
        const call = toCall(raw, state.get(String(raw.callId)));
        fresh.set(call.callId, call);
      }
      return fresh;
    }
    case 'update': {
      const raw = m.call as Record<string, unknown> | undefined;
      if (!raw?.callId) return state;
      next.set(String(raw.callId), toCall(raw, state.get(String(raw.callId))));
      return next;
    }
    case 'nudge': {
      const call = state.get(String(m.callId));
      const nudge = m.nudge as Nudge | undefined;
      if (!call || !nudge) return state;
      next.set(call.callId, { ...call, lastNudge: nudge, nudges: [nudge, ...call.nudges].slice(0, MAX_NUDGES) });
      return next;
    }
    case 'ended':
      next.delete(String(m.callId));
      return next;
    default:
      return state;
  }
}
