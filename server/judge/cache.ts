import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CachedJudgement, JudgeCache } from './types.ts';

/** In-process LRU cache: the service's default when no persistent cache is plugged in. */
export function createMemoryCache(maxEntries = 1000): JudgeCache {
  const entries = new Map<string, CachedJudgement>();
  return {
    async get(key) {
      const value = entries.get(key);
      if (value) {
        entries.delete(key); // re-insert to mark as most recently used
        entries.set(key, value);
      }
      return value;
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** One JSON file per key under `dir` (e.g. `.attune-cache/judge/`): survives between CLI and eval runs. */
export function createDirectoryCache(dir: string): JudgeCache {
  const fileOf = (key: string): string => join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(fileOf(key), 'utf8')) as CachedJudgement;
      } catch {
        return undefined; // missing or unreadable entry: judge again
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      const temp = `${fileOf(key)}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value));
      await rename(temp, fileOf(key)); // atomic: concurrent readers never see half a file
    },
  };
}

export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
