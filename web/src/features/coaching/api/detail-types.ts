/** Shapes of an assignment's detail, drills and before/after (docs/API.md, Coaching). */
import type { ItemId, Language, Person, Tag } from '../../../lib/types.ts';
import type { Assignment, ClipKind } from './types.ts';

export interface ExcerptTurn {
  index: number;
  speaker: 'agent' | 'customer';
  text: string;
  tags: Tag[];
  negativeEmotion?: boolean;
}

export interface SessionClip {
  id: string;
  callId: string;
  externalId: string | null;
  agent: Person;
  language: Language;
  turn: number;
  fromTurn: number;
  toTurn: number;
  note: string;
  kind: ClipKind;
  turns?: ExcerptTurn[];
}

export type DrillCheckId = 'paraphrase' | 'acknowledge' | 'follow_up' | 'action';

export interface DrillAttempt {
  id: string;
  clipId: string;
  customerTurn: number;
  reply: string;
  language: Language;
  tags: Tag[];
  feedback: {
    checks: { id: DrillCheckId; relevant: boolean; done: boolean; message: string }[];
    notes: string[];
    summary: string;
    customerNegativeEmotion: boolean;
  };
  createdAt: string;
}

export interface AssignmentDetail extends Omit<Assignment, 'session'> {
  assignedAt: string;
  reflection: string | null;
  reviewedClipIds: string[];
  overdue: boolean;
  session: { id: string; title: string; description: string; language: Language; focusItems: ItemId[]; clips: SessionClip[] };
  attempts: DrillAttempt[];
}

export interface WindowFigures {
  from: string;
  to: string;
  calls: number;
  items: Partial<Record<ItemId, { applicable: number; passed: number; passRate: number | null }>>;
}

export interface Impact {
  weeks: number;
  focusItems: ItemId[];
  before: WindowFigures;
  after: WindowFigures | null;
  change: Partial<Record<ItemId, number | null>>;
}

export interface SessionImpact {
  session: { id: string; title: string };
  weeks: number;
  focusItems: ItemId[];
  agents: (Omit<Impact, 'weeks' | 'focusItems'> & { assignmentId: string; agent: Person; status: string; completedAt: string | null })[];
  overall: { agents: number; before: Omit<WindowFigures, 'from' | 'to'>; after: Omit<WindowFigures, 'from' | 'to'> | null; change: Impact['change'] };
}
