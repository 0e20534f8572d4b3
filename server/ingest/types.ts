import type { Language, Transcript } from '../scoring/types.ts';

export const FORMATS = ['json', 'text', 'vtt', 'srt', 'csv', 'aws', 'deepgram', 'assemblyai', 'whisper'] as const;
export type Format = (typeof FORMATS)[number];

export interface ParseOptions {
  /** File name, used in error messages and as a detection hint. */
  filename?: string;
  /** 'auto' (default) detects the format from the content. */
  format?: Format | 'auto';
  /** Which diarized speaker label (spk_0, A, 0, ch_1, SPEAKER_01, a name…) is the agent. */
  agentSpeaker?: string;
  language?: Language | 'auto';
}

export interface ParseResult {
  transcript: Transcript;
  format: Format;
  /** Non-fatal notes, e.g. which heuristic chose the agent. */
  warnings: string[];
}

/** A precise, user-facing reason why a transcript could not be read. */
export class ParseError extends Error {
  /** The message without its place prefix, so a caller can re-locate it (e.g. add the file name). */
  readonly reason: string;
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
  constructor(message: string, where: { file?: string; line?: number; field?: string } = {}) {
    const place = [where.file, where.line !== undefined ? `line ${where.line}` : undefined, where.field]
      .filter(Boolean)
      .join(', ');
    super(place ? `${place}: ${message}` : message);
    this.name = 'ParseError';
    this.reason = message;
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
  }
}
