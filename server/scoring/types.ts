/**
 * The contracts every part of Attune shares (SPEC §2 and §3): the canonical
 * transcript that ingestion produces and the scorecard that scoring returns.
 */

export type Language = 'en' | 'fa' | 'ar';
export const LANGUAGES: readonly Language[] = ['en', 'fa', 'ar'];

export type Speaker = 'agent' | 'customer';

export interface Turn {
  speaker: Speaker;
  text: string;
  /** Seconds from the start of the call; absent in text-only transcripts. */
  start?: number;
  end?: number;
}

export interface Transcript {
  id?: string;
  agent?: { id: string; name?: string };
  /** Absent when unknown; scoring then detects it. */
  language?: Language;
  startedAt?: string;
  turns: Turn[];
}

export const TAGS = [
  'interruption',
  'backchannel',
  'paraphrase',
  'question:open',
  'question:closed',
  'followup',
  'empathy',
  'action',
] as const;
export type Tag = (typeof TAGS)[number];

export const ITEM_IDS = [
  'interruptions',
  'paraphrasing',
  'follow_up_questions',
  'acknowledge_emotion',
  'acts_on_what_was_said',
  'pacing',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export type ItemStatus = 'pass' | 'warn' | 'fail' | 'n/a';

export interface Evidence {
  turn: number;
  quote: string;
  note: string;
  /** For a paraphrase or follow-up: the customer turn it builds on. */
  refersTo?: number;
}

export interface ItemResult {
  id: ItemId;
  status: ItemStatus;
  /** 0–100; null when the item does not apply. */
  score: number | null;
  evidence: Evidence[];
  /** Coaching tip in the call's language; empty for a pass. */
  tip: string;
  /** How the status was reached, in the call's language (thresholds etc.). */
  explanation?: string;
}

export interface Metrics {
  agentTalkShare: number | null;
  longestAgentMonologueSec: number | null;
  agentWordsPerMinute: number | null;
  interruptions: number;
  questions: number;
  openQuestions: number;
  followUpQuestions: number;
  paraphrases: number;
  empathyStatements: number;
  actions: number;
  backchannels: number;
  /** Agent turns that tell or advise rather than listen ("you should…", policy, risks). */
  adviceTurns: number;
  customerNegativeTurns: number;
  /** Number of agent / customer turns and total words, for reports. */
  agentTurns: number;
  customerTurns: number;
}

export interface ScoredTurn {
  index: number;
  speaker: Speaker;
  text: string;
  start?: number;
  end?: number;
  tags: Tag[];
  /** Customer turn a paraphrase/follow-up builds on (agent turns only). */
  refersTo?: number;
  /** Customer turns: the customer voiced a negative feeling. */
  negativeEmotion?: boolean;
  /** Agent turns: what the turn mainly does (one of the MITI/MISC behaviour families). */
  behaviour?: 'paraphrase' | 'question:open' | 'question:closed' | 'input' | 'other';
  /** Tags the rules were unsure about (either way): where an LLM judge may look. */
  uncertain?: Tag[];
}

export interface Scorecard {
  callId: string;
  language: Language;
  overall: number | null;
  /** SPEC §1: one failing item or none is a good listening call; two or more, a poor one. */
  listening: 'good' | 'poor';
  items: ItemResult[];
  metrics: Metrics;
  turns: ScoredTurn[];
  rubricVersion: number;
  /** 'rules', 'hybrid:<model>' or 'llm:<model>'. */
  scorer: string;
  /** Set by the LLM judge: items where its verdict could not be used. */
  fallbacks?: { item: ItemId; reason: string }[];
  /** Set by the LLM judge: tokens spent on this scorecard. */
  tokens?: { prompt: number; completion: number };
}

/** Per-item weights, enabled flags and thresholds; versioned by the service. */
export interface Rubric {
  version: number;
  items: Record<ItemId, { enabled: boolean; weight: number }>;
  thresholds: {
    /** Agent start this many seconds before the customer's end = overlap. */
    overlapSec: number;
    interruptionWarnAt: number;
    interruptionFailAt: number;
    maxTalkShare: number;
    maxMonologueSec: number;
    minWpm: number;
    maxWpm: number;
    /** Share of agent turns spent advising/telling before it counts as lecturing. */
    maxAdviceShare: number;
  };
}

export interface ScoreOptions {
  rubric?: Rubric;
  /** Overrides the transcript's language. */
  language?: Language;
}
