import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { calls, jobFiles, jobs } from '../db/schema.ts';
import { newId, nowIso } from './ids.ts';

export type JobKind = 'bulk' | 'rescore';
export type JobFileRow = typeof jobFiles.$inferSelect;

export interface JobView {
  id: string;
  kind: JobKind;
  status: 'receiving' | 'queued' | 'running' | 'done';
  total: number;
  done: number;
  failed: number;
  errors: { file: string; message: string }[];
  callIds: string[];
  createdAt: string;
  finishedAt: string | null;
}

export function createJobsRepo(db: Db) {
  const counts = (jobId: string) =>
    db.select({ status: jobFiles.status, n: sql<number>`count(*)` }).from(jobFiles).where(eq(jobFiles.jobId, jobId)).groupBy(jobFiles.status).all();

  const fileDoneStatement = db.update(jobFiles).set({ status: 'done', callId: sql`${sql.placeholder('callId')}`, raw: null })
    .where(eq(jobFiles.id, sql.placeholder('fileId'))).prepare();

  // One prepared single-row insert, run per file inside the chunk's transaction: cheaper than
  // building a multi-row INSERT for every chunk of a large upload.
  const addFileStatement = db.insert(jobFiles)
    .values({ jobId: sql.placeholder('jobId'), name: sql.placeholder('name'), raw: sql.placeholder('raw') }).prepare();

  return {
    /** Starts a bulk job that receives its files in chunks; invisible to the runner until accepted. */
    beginReceiving(options: Record<string, unknown>, createdBy: string | null): string {
      const id = newId();
      db.insert(jobs).values({ id, kind: 'bulk', status: 'receiving', options: JSON.stringify(options), createdBy }).run();
      return id;
    },
    addFiles(jobId: string, files: { name: string; raw: string }[]) {
      db.transaction(() => {
        for (const f of files) addFileStatement.run({ jobId, name: f.name, raw: f.raw });
      });
    },
    /** Every file is stored: from now on the job runs (and survives restarts). */
    accept: (jobId: string) => db.update(jobs).set({ status: 'queued' }).where(and(eq(jobs.id, jobId), eq(jobs.status, 'receiving'))).run(),
    /** Drops uploads that never completed (the client got no 202 for them). */
    discardReceiving(jobId?: string) {
      db.transaction(() => {
        const ids = jobId ? [jobId] : db.select({ id: jobs.id }).from(jobs).where(eq(jobs.status, 'receiving')).all().map((r) => r.id);
        for (const id of ids) {
          db.delete(jobFiles).where(eq(jobFiles.jobId, id)).run();
          db.delete(jobs).where(and(eq(jobs.id, id), eq(jobs.status, 'receiving'))).run();
        }
      });
    },
    /** A re-score job over every stored call (one job file per call). */
    createRescore(rubricVersion: number, createdBy: string | null): string {
      const id = newId();
      db.transaction(() => {
        db.insert(jobs).values({ id, kind: 'rescore', options: JSON.stringify({ rubricVersion }), createdBy }).run();
        db.run(sql`insert into ${jobFiles} (job_id, name, call_id) select ${id}, ${calls.id}, ${calls.id} from ${calls}`);
      });
      return id;
    },
    byId: (id: string) => db.select().from(jobs).where(eq(jobs.id, id)).get(),
    view(id: string): JobView | undefined {
      const job = db.select().from(jobs).where(eq(jobs.id, id)).get();
      if (!job || job.status === 'receiving') return undefined;
      const by = Object.fromEntries(counts(id).map((r) => [r.status, r.n]));
      const errors = db.select({ file: jobFiles.name, message: jobFiles.error }).from(jobFiles)
        .where(and(eq(jobFiles.jobId, id), eq(jobFiles.status, 'failed'))).orderBy(asc(jobFiles.id)).limit(1000).all();
      const callIds = db.selectDistinct({ id: jobFiles.callId }).from(jobFiles)
        .where(and(eq(jobFiles.jobId, id), eq(jobFiles.status, 'done'))).orderBy(asc(jobFiles.id)).all().map((r) => r.id!);
      const done = by.done ?? 0;
      const failed = by.failed ?? 0;
      return {
        id, kind: job.kind, status: job.status, total: done + failed + (by.queued ?? 0), done, failed,
        errors: errors.map((e) => ({ file: e.file, message: e.message ?? '' })), callIds, createdAt: job.createdAt, finishedAt: job.finishedAt,
      };
    },
    /** The newest jobs with their counts (no per-file lists). */
    recent(limit = 20) {
      const n = (status: string) => sql<number>`coalesce(sum(${jobFiles.status} = ${status}), 0)`;
      return db.select({
        id: jobs.id, kind: jobs.kind, status: jobs.status, total: sql<number>`count(${jobFiles.id})`, done: n('done'), failed: n('failed'),
        createdAt: jobs.createdAt, finishedAt: jobs.finishedAt,
      }).from(jobs).leftJoin(jobFiles, eq(jobFiles.jobId, jobs.id)).where(ne(jobs.status, 'receiving')).groupBy(jobs.id).orderBy(desc(jobs.createdAt)).limit(limit).all();
    },
    /** The oldest unfinished job. */
    oldestUnfinished: () => db.select().from(jobs).where(inArray(jobs.status, ['queued', 'running'])).orderBy(asc(jobs.createdAt), asc(jobs.id)).limit(1).get(),
    /** A job's next queued files after file id `afterId` (files before it are already being worked on). */
    queuedFiles: (jobId: string, afterId: number, size: number): JobFileRow[] =>
      db.select().from(jobFiles).where(and(eq(jobFiles.jobId, jobId), eq(jobFiles.status, 'queued'), gt(jobFiles.id, afterId)))
        .orderBy(asc(jobFiles.id)).limit(size).all(),
    hasQueued: (jobId: string) =>
      !!db.select({ id: jobFiles.id }).from(jobFiles).where(and(eq(jobFiles.jobId, jobId), eq(jobFiles.status, 'queued'))).limit(1).get(),
    markRunning: (id: string) => db.update(jobs).set({ status: 'running' }).where(and(eq(jobs.id, id), eq(jobs.status, 'queued'))).run(),
    markDone: (id: string) => db.update(jobs).set({ status: 'done', finishedAt: nowIso() }).where(eq(jobs.id, id)).run(),
    fileDone: (fileId: number, callId: string) => fileDoneStatement.run({ fileId, callId }),
    fileFailed: (fileId: number, message: string) =>
      db.update(jobFiles).set({ status: 'failed', error: message }).where(eq(jobFiles.id, fileId)).run(),
  };
}
export type JobsRepo = ReturnType<typeof createJobsRepo>;
