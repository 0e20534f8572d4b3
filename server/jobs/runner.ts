import type { Db } from '../db/client.ts';
import type { AuditRepo } from '../repos/audit.ts';
import type { CallsRepo } from '../repos/calls.ts';
import { nowIso } from '../repos/ids.ts';
import type { JobFileRow, JobsRepo } from '../repos/jobs.ts';
import type { RubricRepo } from '../repos/rubric.ts';
import type { Rubric } from '../scoring/types.ts';
import type { UploadOptions } from './prepare-call.ts';
import { createWorkerPool } from './pool.ts';
import type { WorkerResult, WorkerTask } from './tasks.ts';

interface Deps { db: Db; jobs: JobsRepo; calls: CallsRepo; rubric: RubricRepo; audit: AuditRepo; workers: number; onError: (err: Error) => void }

/**
 * Drains queued job files in batches: worker threads parse and score, this thread writes each
 * batch in one transaction. Everything it needs is in the database, so `kick()` after a restart
 * resumes where the last process stopped.
 */
export function createJobRunner(deps: Deps) {
  const { db, jobs, calls } = deps;
  const pool = createWorkerPool(deps.workers);
  const batchSize = Math.max(32, deps.workers * 32);
  let running: Promise<void> | null = null;
  let closed = false;
  const idleWaiters: (() => void)[] = [];

  function taskFor(file: JobFileRow, options: UploadOptions, rubric: Rubric, kind: string): WorkerTask | string {
    if (kind === 'bulk') return { kind: 'prepare', name: file.name, raw: file.raw ?? '', options, rubric, now: nowIso() };
    const transcript = file.callId ? calls.transcriptOf(file.callId) : undefined;
    return transcript ? { kind: 'rescore', transcript, rubric } : 'the call no longer exists';
  }

  function write(file: JobFileRow, result: WorkerResult | string) {
    if (typeof result === 'string') return jobs.fileFailed(file.id, result);
    if (!result.ok) return jobs.fileFailed(file.id, result.message);
    if (result.kind === 'prepare') return jobs.fileDone(file.id, calls.insertPrepared(result.prepared).id);
    calls.addScorecard(file.callId!, result.scorecard);
    jobs.fileDone(file.id, file.callId!);
  }

  async function runBatch(): Promise<boolean> {
    const next = jobs.nextBatch(batchSize);
    if (!next) return false;
    const { job, files } = next;
    if (files.length === 0) {
      jobs.markDone(job.id);
      deps.audit.record(null, 'job.finished', { jobId: job.id, kind: job.kind });
      return true;
    }
    jobs.markRunning(job.id);
    const options = JSON.parse(job.options) as UploadOptions & { rubricVersion?: number };
    const rubric = (options.rubricVersion && deps.rubric.byVersion(options.rubricVersion)) || deps.rubric.current();
    const results = await Promise.all(files.map((f) => {
      const task = taskFor(f, options, rubric, job.kind);
      return typeof task === 'string' ? task : pool.run(task).catch((e: Error) => e.message);
    }));
    if (closed) return false; // the files stay queued and are picked up after the restart
    db.transaction((tx) => files.forEach((f, i) => {
      try {
        tx.transaction(() => write(f, results[i]));
      } catch (err) {
        jobs.fileFailed(f.id, `could not store: ${(err as Error).message}`);
      }
    }));
    return true;
  }

  async function drain() {
    try {
      while (!closed && (await runBatch()));
    } catch (err) {
      deps.onError(err as Error);
    } finally {
      running = null;
      idleWaiters.splice(0).forEach((w) => w());
    }
  }

  return {
    /** Starts draining if not already at it. */
    kick() {
      if (!closed && !running) running = drain();
    },
    /** Resolves when no job is left to run (for tests and seeding). */
    idle(): Promise<void> {
      return running ? new Promise((r) => idleWaiters.push(r)) : Promise.resolve();
    },
    async close() {
      closed = true;
      await pool.close();
      await running?.catch(() => undefined);
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;
