/** Coaching shapes as the contract sketches them; the coaching API is its own issue. */
import type { ItemId, ItemStatus, Language, Person, Tag } from '../../../lib/types.ts';

export interface Moment {
  callId: string;
  externalId?: string | null;
  agent: Person;
  language: Language;
  turn: number;
  text: string;
  tags: Tag[];
  itemId?: ItemId | null;
  status?: ItemStatus | null;
  startedAt?: string | null;
}

export type ClipKind = 'good' | 'poor';

export interface Clip {
  callId: string;
  turn: number;
  text?: string;
  note: string;
  kind: ClipKind;
}

export interface CoachingSession {
  id: string;
  title: string;
  description?: string;
  clips: Clip[];
  createdAt: string;
  createdBy?: Person;
  assignments?: number;
}

export interface Assignment {
  id: string;
  session: Pick<CoachingSession, 'id' | 'title'> & Partial<CoachingSession>;
  agent: Person;
  dueAt: string | null;
  status: string;
  completedAt?: string | null;
}
