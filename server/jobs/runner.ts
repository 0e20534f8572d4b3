import type { Db } from '../db/client.ts';
import type { AuditRepo } from '../repos/audit.ts';
import type { CallsRepo } from '../repos/calls.ts';
import { nowIso } from '../repos/ids.ts';
import type { JobFileRow, JobsRepo } from '../repos/jobs.ts';
import type { RubricRepo } from '../repos/rubric.ts';
import type { Rubric } from '../scoring/types.ts';
import type { ScorerMode } from '../judge/index.ts';
import type { UploadOptions } from './prepare-call.ts';
import { createWorkerPool, RetryLater } from './pool.ts';
import type { WorkerResult, WorkerTask } from './tasks.ts';

interface Deps {
  db: Db; jobs: JobsRepo; calls: CallsRepo; rubric: RubricRepo; audit: AuditRepo; workers: number; taskTimeoutMs: number;
  onError: (err: Error) => void;
  /** Newly stored calls of a bulk batch, after their transaction, with the upload's scorer (for the LLM judge). */
  onCallsStored?: (callIds: string[], scorer: ScorerMode | undefined) => void;
}

/** A worker's result, a reason the file failed, or null: leave the file queued for another try. */
type Outcome = WorkerResult | string | null;
interface Batch { jobId: string; files: JobFileRow[]; results: Promise<Outcome[]>; scorer?: ScorerMode }

/**
 * Drains queued job files in batches: worker threads parse and score, this thread writes each
 * batch in one transaction while the workers already score the next one. Everything it needs is
 * in the database, so `kick()` after a restart resumes where the last process stopped.
 */
export function createJobRunner(deps: Deps) {
  const { db, jobs, calls } = deps;
  const pool = createWorkerPool<WorkerTask, WorkerResult>(deps.workers, {
    url: new URL('./worker-entry.mjs', import.meta.url), taskTimeoutMs: deps.taskTimeoutMs,
  });
  const batchSize = Math.max(64, deps.workers * 64);
  let running: Promise<void> | null = null;
  let closed = false;
  /** Calls stored by the batch being written. */
  let storedIds: string[] = [];

  function taskFor(file: JobFileRow, kind: string, options: UploadOptions, rubric: Rubric): WorkerTask | string {
    if (kind === 'bulk') return { kind: 'prepare', name: file.name, raw: file.raw ?? '', options, rubric, now: nowIso() };
    const transcript = file.callId ? calls.transcriptJsonOf(file.callId) : undefined;
    return transcript ? { kind: 'rescore', transcript, rubric } : 'the call no longer exists';
  }

  /** Sends the job's next queued files (after `afterId`) to the workers; undefined when none are left. */
  function startBatch(after: { jobId: string; id: number }): Batch | undefined {
    const job = jobs.oldestUnfinished();
    if (!job) return undefined;
    const files = jobs.queuedFiles(job.id, after.jobId === job.id ? after.id : 0, batchSize);
    if (files.length === 0) return undefined;
    jobs.markRunning(job.id);
    const options = JSON.parse(job.options) as UploadOptions & { rubricVersion?: number; scorer?: ScorerMode };
    const rubric = (options.rubricVersion && deps.rubric.byVersion(options.rubricVersion)) || deps.rubric.current();
    const results = Promise.all(files.map((f) => {
      const task = taskFor(f, job.kind, options, rubric);
      return typeof task === 'string' ? task : pool.run(task).catch((e: Error) => (e instanceof RetryLater ? null : e.message));
    }));
    return { jobId: job.id, files, results, scorer: options.scorer };
  }

  function write(file: JobFileRow, result: Outcome) {
    if (result === null) return;
    if (typeof result === 'string') return jobs.fileFailed(file.id, result);
    if (!result.ok) return jobs.fileFailed(file.id, result.message);
    if (result.kind === 'prepare') {
      const stored = calls.insertPrepared(result.call);
      if (!stored.duplicate) storedIds.push(stored.id);
      return jobs.fileDone(file.id, stored.id);
    }
    calls.addScorecard(file.callId!, result.scorecard);
    jobs.fileDone(file.id, file.callId!);
  }

  /** One transaction per batch; if it fails, again file by file so that a file that cannot be stored fails alone. */
  function writeBatch(files: JobFileRow[], results: Outcome[], scorer: ScorerMode | undefined) {
    storedIds = [];
    try {
      db.transaction(() => files.forEach((f, i) => write(f, results[i])));
    } catch {
      storedIds = [];
      db.transaction((tx) => files.forEach((f, i) => {
        try {
          tx.transaction(() => write(f, results[i]));
        } catch (err) {
          jobs.fileFailed(f.id, `could not store: ${(err as Error).message}`);
        }
      }));
    }
    if (storedIds.length > 0) deps.onCallsStored?.(storedIds, scorer);
  }

  /** Marks the oldest unfinished job done when nothing of it is queued; false when no job is left. */
  function finishOldestJob(): boolean {
    const job = jobs.oldestUnfinished();
    if (!job) return false;
    if (!jobs.hasQueued(job.id)) {
      jobs.markDone(job.id);
      deps.audit.record(null, 'job.finished', { jobId: job.id, kind: job.kind });
    }
    return true;
  }

  async function drain() {
    let inFlight: Batch | undefined;
    let after = { jobId: '', id: 0 };
    try {
      while (!closed) {
        const next = startBatch(after);
        if (next) after = { jobId: next.jobId, id: next.files[next.files.length - 1].id };
        if (inFlight) {
          const results = await inFlight.results;
          if (closed) return; // unwritten files stay queued and are picked up after the restart
          writeBatch(inFlight.files, results, inFlight.scorer);
        }
        inFlight = next;
        if (!next && !inFlight) {
          after = { jobId: '', id: 0 };
          if (!finishOldestJob()) return;
        }
      }
    } catch (err) {
      deps.onError(err as Error);
    } finally {
      running = null;
    }
  }

  return {
    /** Starts draining if not already at it. */
    kick() {
      // drain() starts on the next tick, so its `finally` always runs after `running` is set.
      if (!closed && !running) running = Promise.resolve().then(drain);
    },
    async close() {
      closed = true;
      await pool.close();
      await running?.catch(() => undefined);
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;
