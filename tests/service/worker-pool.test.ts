import { describe, expect, it } from 'vitest';
import { createWorkerPool, RetryLater } from '../../server/jobs/pool.ts';

describe('worker pool', () => {
  it('stops a worker stuck on one task: that task fails, the others on it are handed back for a retry, the pool goes on', async () => {
    const pool = createWorkerPool<string, string>(1, { url: new URL('../helpers/stub-worker.mjs', import.meta.url), taskTimeoutMs: 300 });
    try {
      expect(await pool.run('a')).toBe('done:a');
      const stuck = pool.run('hang');
      const behind = pool.run('b');
      await expect(stuck).rejects.toThrow(/gave up/);
      await expect(behind).rejects.toBeInstanceOf(RetryLater);
      expect(await pool.run('c')).toBe('done:c');
    } finally {
      await pool.close();
    }
  });
});
