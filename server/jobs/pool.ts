import { Worker } from 'node:worker_threads';

/** The task was not at fault: its worker was stopped because of another task. Run it again. */
export class RetryLater extends Error {}

interface Pending<R> { resolve: (r: R) => void; reject: (e: Error) => void }
interface Slot<R> { worker: Worker; pending: Map<number, Pending<R>>; lastProgress: number }

export interface PoolOptions {
  /** Worker entry module (workers answer `{ id, result }` to each `{ id, task }`, in order). */
  url: URL;
  /** A worker that answers nothing for this long is stopped: its current task fails, the others are retried. */
  taskTimeoutMs: number;
}

/**
 * A fixed set of worker threads. Tasks go to the least busy worker; a worker that dies fails its
 * pending tasks and is replaced; a worker stuck on one task (a pathological file) is stopped so
 * that one bad file never stops the others.
 */
export function createWorkerPool<T, R>(size: number, options: PoolOptions) {
  let nextId = 0;
  let closed = false;
  const slots: Slot<R>[] = [];

  /** The oldest pending task is the one running (tasks run in order): it fails, the rest are handed back. */
  function failSlot(slot: Slot<R>, err: Error) {
    const [first, ...others] = slot.pending.values();
    slot.pending.clear();
    first?.reject(err);
    for (const p of others) p.reject(new RetryLater('worker restarted'));
  }

  function spawn(index: number) {
    const worker = new Worker(options.url);
    const slot: Slot<R> = { worker, pending: new Map(), lastProgress: Date.now() };
    worker.on('message', (msg: { id: number; result: R }) => {
      slot.lastProgress = Date.now();
      slot.pending.get(msg.id)?.resolve(msg.result);
      slot.pending.delete(msg.id);
    });
    worker.on('error', (err) => failSlot(slot, err));
    worker.on('exit', () => {
      failSlot(slot, new Error('scoring worker stopped'));
      if (!closed && slots[index] === slot) spawn(index);
    });
    worker.unref();
    slots[index] = slot;
  }
  for (let i = 0; i < size; i++) spawn(i);

  /** Replaces a worker that has answered nothing for too long. */
  function stopStuck() {
    const now = Date.now();
    slots.forEach((slot, index) => {
      if (slot.pending.size === 0 || now - slot.lastProgress < options.taskTimeoutMs) return;
      failSlot(slot, new Error(`gave up after ${Math.round(options.taskTimeoutMs / 1000)} s without a result`));
      spawn(index);
      void slot.worker.terminate();
    });
  }
  const watchdog = setInterval(stopStuck, Math.min(1000, options.taskTimeoutMs / 4));
  watchdog.unref();

  return {
    run(task: T): Promise<R> {
      if (closed) return Promise.reject(new Error('worker pool closed'));
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (slot.pending.size === 0) slot.lastProgress = Date.now();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, task });
      });
    },
    async close() {
      closed = true;
      clearInterval(watchdog);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
export type WorkerPool<T, R> = ReturnType<typeof createWorkerPool<T, R>>;
