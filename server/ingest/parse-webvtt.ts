import { cueFragments } from './cue-speakers.ts';
import type { RawTranscript } from './fragment.ts';
import { readCues } from './subtitle-cues.ts';
import { ParseError } from './types.ts';

/**
 * WebVTT: <v Name> voice tags (closing tag optional; Teams writes <v Name>…</v> with GUID cue ids),
 * Zoom's "Name: text" payloads and WhisperX's "[SPEAKER_00]: text". Hand-written: the format is
 * small, and no maintained parser we have installed keeps voice spans.
 */
export function parseWebVtt(text: string): RawTranscript {
  if (!text.replace(/^\ufeff/, '').startsWith('WEBVTT')) {
    throw new ParseError('expected the file to start with "WEBVTT"', { line: 1 });
  }
  const cues = readCues(text, 'vtt');
  const header = text.split(/\r?\n\s*\r?\n/, 1)[0];
  return {
    fragments: cueFragments(cues, '<v Name>, "Name: " or "[SPEAKER_00]: "'),
    mergeSameSpeaker: true,
    languageTag: /^Language:\s*(\S+)/m.exec(header)?.[1],
  };
}
