/** Shapes the service returns (docs/API.md); scorecard types are the shared contract. */
import type { ItemId, ItemStatus, Language, Scorecard, Tag, Transcript } from '../../../server/scoring/types.ts';

export type { ItemId, ItemStatus, Language, Scorecard, Tag, Transcript };
export { ITEM_IDS, TAGS } from '../../../server/scoring/types.ts';

export type Role = 'admin' | 'qa_lead' | 'trainer' | 'agent';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  agentId: string | null;
  locale: 'en' | 'fa' | 'ar';
  disabled?: boolean;
}

export interface Person {
  id: string;
  name: string;
}

export interface CallSummary {
  id: string;
  externalId: string | null;
  agent: Person;
  language: Language;
  startedAt: string | null;
  durationSec: number | null;
  overall: number | null;
  items: Partial<Record<ItemId, ItemStatus>>;
  reviewed: boolean;
  disputed: boolean;
  sourceFormat: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export interface Override {
  id: string;
  itemId: ItemId;
  status: ItemStatus;
  score: number | null;
  reason: string;
  by: Person;
  createdAt: string;
}

export type DisputeStatus = 'open' | 'accepted' | 'rejected';

export interface Dispute {
  id: string;
  callId: string;
  itemId: ItemId;
  reason: string;
  status: DisputeStatus;
  by: Person;
  createdAt: string;
  resolution?: { by: Person; note: string; at: string } | null;
  call?: { id: string; externalId: string | null; agent: Person };
}

export interface CallDetail {
  id: string;
  externalId: string | null;
  agent: Person;
  language: Language;
  startedAt: string | null;
  sourceFormat: string;
  createdAt: string;
  transcript: Transcript;
  scorecard: Scorecard;
  overrides: Override[];
  disputes: Dispute[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: Person | null;
  action: string;
  detail: unknown;
}

export interface Job {
  id: string;
  status: 'queued' | 'running' | 'done';
  total: number;
  done: number;
  failed: number;
  errors: { file: string; message: string }[];
  callIds: string[];
}

export interface AgentRow {
  id: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  calls: number;
  avgOverall: number | null;
}

export interface Team {
  id: string;
  name: string;
  agents: number;
}

export interface WeekPoint {
  week: string;
  start?: string;
  calls?: number;
  overall: number | null;
  items: Partial<Record<ItemId, number | null>>;
}

export interface AgentReport {
  agent: Person;
  weeks: WeekPoint[];
  teamMedian: WeekPoint[];
}

export interface TeamReport {
  agents: { agent: Person; calls: number; overall: number | null; items: Partial<Record<ItemId, number | null>> }[];
  distribution: { buckets: { from: number; to: number; count: number }[] };
  weeks: WeekPoint[];
}

export interface CalibrationReport {
  items: { itemId: ItemId; reviewed: number; agreement: number | null; kappa: number | null }[];
}
