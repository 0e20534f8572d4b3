import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** A bench script (`npm run eval`, `npm run train`) as a real child process, run with tsx as the npm scripts run it. */
function script(name: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `bench/${name}`, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('npm run eval and npm run train', () => {
  it('reports per-tag F1, item accuracy and AUC for a labelled directory', async () => {
    const result = await script('eval.ts', 'fixtures/validation', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.tags.paraphrase.f1).toBeGreaterThan(0);
    expect(summary.itemAccuracy).toBeGreaterThan(0.5);
    expect(summary.qualityAuc).toBeGreaterThan(0.5);
  });

  it('answers a mistyped option or a missing directory with one line and the usage, not a stack trace', async () => {
    for (const args of [['--help'], ['no-such-dir'], []]) {
      const result = await script('eval.ts', ...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^eval: .+\nusage: npm run eval -- DIR/m);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('npm run train names the bad option, unreadable dataset or bad line, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-train-'));
    const dataset = join(dir, 'turns.jsonl');
    writeFileSync(dataset, '{"context": "It broke.", "text": "So it broke.", "label": "paraphrase"}\n{"context": "x", "text": \n');
    const cases: [string[], RegExp][] = [
      [['--bogus'], /^train: Unknown option '--bogus'/m],
      [[join(dir, 'missing.jsonl')], /^train: cannot read .*missing\.jsonl \(ENOENT\)/m],
      [[dataset, '--out', join(dir, 'model.ts')], /^train: .*turns\.jsonl:2: expected one JSON object per line/m],
    ];
    for (const [args, message] of cases) {
      const result = await script('train-behaviour-model.ts', ...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
