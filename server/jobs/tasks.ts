import type { Rubric, Scorecard, Transcript } from '../scoring/types.ts';
import type { PreparedCall, UploadOptions } from './prepare-call.ts';

/** What the job runner asks a worker thread to do. */
export type WorkerTask =
  | { kind: 'prepare'; name: string; raw: string; options: UploadOptions; rubric: Rubric; now: string }
  | { kind: 'rescore'; transcript: Transcript; rubric: Rubric };

export type WorkerResult =
  | { ok: true; kind: 'prepare'; prepared: PreparedCall }
  | { ok: true; kind: 'rescore'; scorecard: Scorecard }
  | { ok: false; message: string };
