import { cueFragments } from './cue-speakers.ts';
import type { RawTranscript } from './fragment.ts';
import { readCues } from './subtitle-cues.ts';

/** SRT (comma milliseconds); speakers from "Name: " or "[SPEAKER_00]: " prefixes and dialogue dashes. */
export function parseSrt(text: string): RawTranscript {
  const cues = readCues(text, 'srt');
  return { fragments: cueFragments(cues, '"Name: " or "[SPEAKER_00]: " before the text'), mergeSameSpeaker: true };
}
