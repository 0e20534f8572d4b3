/**
 * Counts failed logins per IP+email in a sliding window; once the limit is reached, further
 * attempts are refused until the window moves on. In memory: a restart forgives.
 */
export function createLoginLimiter(maxAttempts: number, windowMs: number) {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    /** Seconds until another attempt is allowed, or 0 when allowed now. */
    retryAfter(key: string, now = Date.now()): number {
      const list = recent(key, now);
      return list.length < maxAttempts ? 0 : Math.ceil((windowMs - (now - list[0])) / 1000);
    },
    fail(key: string, now = Date.now()) {
      const list = recent(key, now);
      list.push(now);
      failures.set(key, list);
      if (failures.size > 10_000) for (const [k, v] of failures) if (!recent(k, now).length || v.length === 0) failures.delete(k);
    },
    reset: (key: string) => failures.delete(key),
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
