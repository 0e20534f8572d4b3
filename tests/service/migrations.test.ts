import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDir } from '../helpers/app.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('migrations', () => {
  it('match the schema: drizzle-kit generate on a copy of drizzle/ finds nothing new', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-drift-'));
    try {
      const out = path.join(dir, 'drizzle');
      cpSync(path.join(root, 'drizzle'), out, { recursive: true });
      const before = readdirSync(out).sort();
      // drizzle-kit wants an --out relative to the working directory.
      const result = spawnSync(process.execPath, [
        path.join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', '--dialect', 'sqlite',
        '--schema', 'server/db/schema.ts', '--out', path.relative(root, out), '--name', 'drift_probe',
      ], { cwd: root, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('No schema changes');
      expect(readdirSync(out).sort()).toEqual(before);
    } finally {
      removeDir(dir);
    }
  });
});
