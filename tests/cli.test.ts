import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../server/scoring/types.ts';

const ROOT = join(import.meta.dirname, '..');
const fx = (path: string) => `fixtures/transcripts/${path}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a real child process from the repository root and collects its output and exit status. */
function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const attune = (...args: string[]) => run(process.execPath, ['bin/attune.mjs', ...args]);
const ndjson = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Scorecard);

describe('attune score', () => {
  it('prints one scorecard per file per line, in input order, and exits 0', async () => {
    const result = await attune('score', '--json', fx('canonical/en-double-charge.json'), fx('csv/ar-ms.csv'), fx('text/fa-internet-outage.txt'));
    expect(result.code).toBe(0);
    const cards = ndjson(result.stdout);
    expect(cards.map((c) => c.callId)).toEqual(['nw-1001', 'sh-3307', 'fa-internet-outage']);
    expect(cards.map((c) => c.language)).toEqual(['en', 'ar', 'fa']);
    for (const card of cards) {
      expect(card.items.map((i) => i.id)).toEqual(['interruptions', 'paraphrasing', 'follow_up_questions', 'acknowledge_emotion', 'acts_on_what_was_said', 'pacing']);
      expect(card.turns[0].index).toBe(0);
    }
  });

  it('still scores and prints the good files when one is bad, names the bad one on stderr, and exits 2', async () => {
    const result = await attune('score', '--json', fx('vtt/zoom-en.vtt'), fx('bad/bad-start.json'), 'fixtures/transcripts/missing.json', fx('srt/en-names.srt'));
    expect(result.code).toBe(2);
    const cards = ndjson(result.stdout);
    expect(cards.map((c) => c.callId)).toEqual(['zoom-en', 'en-names']);
    expect(result.stderr).toContain(`${fx('bad/bad-start.json')}, turns[3].start: expected a number of seconds, got "abc"`);
    expect(result.stderr).toContain('fixtures/transcripts/missing.json: cannot read the file (ENOENT');
  });

  it('passes --agent-speaker, --format and --language through', async () => {
    const result = await attune('score', '--json', '--agent-speaker', 'B', '--format', 'assemblyai', '--language', 'en', fx('assemblyai/en.json'));
    expect(result.code).toBe(0);
    const [card] = ndjson(result.stdout);
    expect(card.turns[0].speaker).toBe('customer');
    expect(result.stderr).toContain('assemblyai/en.json: note: agent is "B" (chosen by the agent speaker option)');
  });

  it('overrides the language with --language', async () => {
    const [card] = ndjson((await attune('score', '--json', '--language', 'fa', fx('canonical/en-double-charge.json'))).stdout);
    expect(card.language).toBe('fa');
  });

  it('prints a readable report with the call, language, overall and each item with evidence', async () => {
    const result = await attune('score', fx('canonical/en-double-charge.json'), fx('deepgram/words-fa.json'));
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain(`== ${fx('canonical/en-double-charge.json')}`);
    expect(out).toMatch(/call: nw-1001 · language: en · format: json · turns: 4 agent, 4 customer/);
    expect(out).toMatch(/overall: \d+\/100 — (good|poor) listening call/);
    for (const id of ['interruptions', 'paraphrasing', 'follow_up_questions', 'acknowledge_emotion', 'acts_on_what_was_said', 'pacing']) {
      expect(out).toMatch(new RegExp(`  (PASS|WARN|FAIL|N/A ) {2}${id} `));
    }
    expect(out).toMatch(/turn \d+ \(agent\): "/);
    expect(out).toContain(`== ${fx('deepgram/words-fa.json')}`);
    expect(out).toContain('note: agent is "1" (agent-cue heuristic');
  });

  it('prints usage on stderr and exits 1 for an unknown option or value', async () => {
    const unknown = await attune('score', '--bogus', fx('text/en-double-charge.txt'));
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    expect(unknown.stderr).toContain('Usage: attune score FILE...');
    const badFormat = await attune('score', '--format', 'docx', fx('text/en-double-charge.txt'));
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('--format must be one of auto, json, text, vtt, srt, csv, aws, deepgram, assemblyai, whisper; got "docx"');
    const noFiles = await attune('score');
    expect(noFiles.code).toBe(1);
    expect(noFiles.stderr).toContain('no transcript files given');
  });

  it('rejects an unknown command with the command list', async () => {
    const result = await attune('frobnicate');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('score ');
  });

  it('runs as `npx attune` from the repository root', async () => {
    const result = await run('npx', ['--no-install', 'attune', 'score', '--json', fx('whisper/whisperx-fa.json')]);
    expect(result.code).toBe(0);
    expect(ndjson(result.stdout)[0].language).toBe('fa');
  });
});
