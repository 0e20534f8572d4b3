import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** `npm run eval -- …` as a real child process (tsx, as the npm script runs it). */
function evalRun(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bench/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('npm run eval', () => {
  it('reports per-tag F1, item accuracy and AUC for a labelled directory', async () => {
    const result = await evalRun('fixtures/validation', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.tags.paraphrase.f1).toBeGreaterThan(0);
    expect(summary.itemAccuracy).toBeGreaterThan(0.5);
    expect(summary.qualityAuc).toBeGreaterThan(0.5);
  });

  it('answers a mistyped option or a missing directory with one line and the usage, not a stack trace', async () => {
    for (const args of [['--help'], ['no-such-dir'], []]) {
      const result = await evalRun(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^eval: .+\nusage: npm run eval -- DIR/m);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
