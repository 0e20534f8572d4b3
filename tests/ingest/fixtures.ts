import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '../../server/ingest/index.ts';
import { ParseError, type ParseOptions } from '../../server/ingest/types.ts';
import type { Transcript, Turn } from '../../server/scoring/types.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/transcripts');

export const readFixture = (path: string) => readFileSync(join(FIXTURES, path));

export const parseFixture = (path: string, options: ParseOptions = {}) =>
  parseTranscript(readFixture(path), { filename: path, ...options });

/** The three calls every format sample is written from (turns without their gold fields). */
export const canonical = (name: 'en' | 'fa' | 'ar'): Transcript => {
  const file = { en: 'en-double-charge', fa: 'fa-internet-outage', ar: 'ar-late-delivery' }[name];
  const transcript = JSON.parse(readFixture(`canonical/${file}.json`).toString('utf8')) as Transcript;
  const turns = transcript.turns.map(({ speaker, text, start, end }) => ({ speaker, text, start, end }));
  return { ...transcript, turns };
};

export const speakersAndTexts = (turns: Turn[]) => turns.map((t) => [t.speaker, t.text]);
export const startsAndEnds = (turns: Turn[]) => turns.map((t) => [t.start, t.end]);

/** The ParseError a call throws (fails the test if it throws anything else or nothing). */
export function parseErrorOf(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError, but parsing succeeded');
}
