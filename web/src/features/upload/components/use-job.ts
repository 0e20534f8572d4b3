import { useEffect, useState } from 'react';
import type { Job } from '../../../lib/types.ts';
import { getJob } from '../api/get-job.ts';

const POLL_MS = 700;

/** Polls a bulk job until it is done; the progress bar reads from this. */
export function useJob(jobId: string | null) {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!jobId) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    setJob(undefined);
    setError(undefined);
    const poll = async () => {
      try {
        const next = await getJob(jobId, controller.signal);
        setJob(next);
        if (next.status !== 'done') timer = setTimeout(poll, POLL_MS);
      } catch (cause) {
        if (!controller.signal.aborted) setError(cause);
      }
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [jobId]);

  return { job, error };
}
