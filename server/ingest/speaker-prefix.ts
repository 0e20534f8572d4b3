import { roleOfLabel } from './speaker-roles.ts';

/** Diarization labels as services and tools write them: Speaker 1, spk_0, SPEAKER_00, S1, A, ch_1. */
const DIARIZED_LABEL = /^(?:speaker[ _]?(?:\d+|[a-z])|spk_?\d+|s\d+|[a-z]|ch(?:annel)?[ _]?\d+)$/i;
/** A person's name: one to three capitalised (or non-Latin) words. */
const NAME_LABEL = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'.\u200c-]*)(?: [\p{Lu}\p{Lo}][\p{L}\p{M}'.\u200c-]*){0,2}$/u;

/** Bidi controls that editors and ASR exports leave around labels in fa/ar text. */
export const stripBidiMarks = (line: string) => line.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g, '');

/** Labels the role table or the diarization patterns recognise: always a speaker, even once. */
export function isStrongLabel(label: string): boolean {
  return roleOfLabel(label) !== undefined || DIARIZED_LABEL.test(label.trim());
}

export function isNameLabel(label: string): boolean {
  return label.length <= 40 && NAME_LABEL.test(label.trim());
}

export interface SpeakerPrefix {
  label: string;
  rest: string;
}

const PREFIX = /^\s*(?:\[([^\]\n]{1,40})\]|([^:：﹕꞉؛\n]{1,40}?))\s*[:：﹕꞉؛]\s*(.*)$/su;

/**
 * "Agent: hi", "[SPEAKER_00]: hi", "مشتری: سلام" → label and rest. `؛` (the Arabic semicolon,
 * typed for a colon on some keyboards) counts only after a recognised label.
 */
export function splitSpeakerPrefix(line: string): SpeakerPrefix | undefined {
  const clean = stripBidiMarks(line);
  const match = PREFIX.exec(clean);
  if (!match) return undefined;
  const label = (match[1] ?? match[2]).trim();
  const separator = clean.slice(0, clean.length - match[3].length).trimEnd().at(-1);
  if (!label || (separator === '؛' && !isStrongLabel(label))) return undefined;
  return { label, rest: match[3] };
}
