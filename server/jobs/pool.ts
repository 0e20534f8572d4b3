import { Worker } from 'node:worker_threads';
import type { WorkerResult, WorkerTask } from './tasks.ts';

const WORKER_URL = new URL('./worker-entry.mjs', import.meta.url);

interface Pending { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }

/**
 * A fixed set of worker threads running TypeScript through tsx (see worker-entry.mjs). Tasks go to the least busy
 * worker; a worker that dies fails its pending tasks and is replaced.
 */
export function createWorkerPool(size: number) {
  let nextId = 0;
  let closed = false;
  const slots: { worker: Worker; pending: Map<number, Pending> }[] = [];

  function spawn(index: number) {
    const worker = new Worker(WORKER_URL);
    const slot = { worker, pending: new Map<number, Pending>() };
    worker.on('message', (msg: { id: number; result: WorkerResult }) => {
      slot.pending.get(msg.id)?.resolve(msg.result);
      slot.pending.delete(msg.id);
    });
    const failAll = (err: Error) => {
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', () => {
      failAll(new Error('scoring worker stopped'));
      if (!closed) spawn(index);
    });
    worker.unref();
    slots[index] = slot;
  }
  for (let i = 0; i < size; i++) spawn(i);

  return {
    run(task: WorkerTask): Promise<WorkerResult> {
      if (closed) return Promise.reject(new Error('worker pool closed'));
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, task });
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
export type WorkerPool = ReturnType<typeof createWorkerPool>;
