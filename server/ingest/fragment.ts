import type { Speaker } from '../scoring/types.ts';

/** Where a piece of a transcript came from, for error messages. */
export interface Where {
  line?: number;
  field?: string;
}

/**
 * One piece of speech as a format states it, before speakers are resolved to agent/customer.
 * `label` is the speaker as written (spk_0, A, "Sara", "Agent"); `role` is set when the format
 * itself says who is the agent (Call Analytics ParticipantRole, canonical JSON, CSV role column).
 */
export interface Fragment {
  label: string;
  role?: Speaker;
  text: string;
  start?: number;
  end?: number;
  where: Where;
}

/** What a format parser hands back to the shared finishing step. */
export interface RawTranscript {
  fragments: Fragment[];
  /** Formats that split one person's speech into pieces (words, cues, segments) get merged. */
  mergeSameSpeaker: boolean;
  /** A language tag as the file states it ("fa-IR", "persian", "en_us"). */
  languageTag?: string;
  id?: string;
  agent?: { id: string; name?: string };
  startedAt?: string;
  warnings?: string[];
}
