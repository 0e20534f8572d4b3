import type { Rubric, Transcript } from '../scoring/types.ts';
import type { SerializedScorecard, StorableCall, UploadOptions } from './prepare-call.ts';

/** What the job runner asks a worker thread to do. */
export type WorkerTask =
  | { kind: 'prepare'; name: string; raw: string; options: UploadOptions; rubric: Rubric; now: string }
  | { kind: 'rescore'; transcript: string; rubric: Rubric };

export type WorkerResult =
  | { ok: true; kind: 'prepare'; call: StorableCall }
  | { ok: true; kind: 'rescore'; scorecard: SerializedScorecard }
  | { ok: false; message: string };
