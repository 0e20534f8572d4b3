/**
 * Service benchmark (issue 3), against the real server in its own process:
 * 1. bulk ingest of ten-minute calls over HTTP end to end (accepted, stored, scored), with the
 *    server's peak memory (VmHWM);
 * 2. p95 of GET /api/calls and of an agent summary with `listCalls` calls stored.
 * Usage: npx tsx bench/service-bench.ts [calls=10000] [listCalls=100000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tenMinuteCalls } from './synthetic-calls.ts';

const bulkCount = Number(process.argv[2] ?? 10_000);
const listCount = Number(process.argv[3] ?? 100_000);
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'attune-bench-'));
const dbFile = path.join(dir, 'bench.db');

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ATTUNE_DB: dbFile, ATTUNE_DEMO: '1', ATTUNE_DEMO_PASSWORD: 'bench-password', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const m = out.match(/listening on http:\/\/localhost:(\d+)/);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const peakRssMb = () => Number(readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)![1]) / 1024;

const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'qa@demo.attune', password: 'bench-password' }) });
const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0], 'x-attune-csrf': '1' };

const calls = tenMinuteCalls(bulkCount).map((c, i) => ({ ...c, startedAt: new Date(Date.now() - (i % 84) * 86_400_000).toISOString() }));
const body = calls.map((c) => JSON.stringify(c)).join('\n');
const rssBefore = peakRssMb();
const t0 = performance.now();
const res = await fetch(`${base}/api/calls/bulk`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-ndjson' }, body });
const { jobId } = (await res.json()) as { jobId: string };
const acceptedMs = performance.now() - t0;
let job: { status: string; done: number; failed: number };
for (;;) {
  job = (await (await fetch(`${base}/api/jobs/${jobId}`, { headers })).json()) as typeof job;
  if (job.status === 'done') break;
  await new Promise((r) => setTimeout(r, 250));
}
const seconds = (performance.now() - t0) / 1000;
console.log(`bulk: ${bulkCount} ten-minute calls (${(Buffer.byteLength(body) / 1048576).toFixed(0)} MB NDJSON) in ${seconds.toFixed(1)} s = ${(bulkCount / seconds).toFixed(0)} calls/s ` +
  `(202 after ${(acceptedMs / 1000).toFixed(1)} s; done ${job.done}, failed ${job.failed}); server peak RSS ${peakRssMb().toFixed(0)} MB (${rssBefore.toFixed(0)} MB before)`);

// Fill up to listCount by cloning the scored calls (new ids, hashes, earlier times) straight in SQLite:
// ingesting 100,000 calls over HTTP would only measure the bulk path again.
const sqlite = new Database(dbFile);
sqlite.pragma('busy_timeout = 10000');
const base_ = (sqlite.prepare('select count(*) as n from calls').get() as { n: number }).n;
for (let copy = 1; base_ * copy < listCount; copy++) {
  const take = Math.min(base_, listCount - base_ * copy);
  sqlite.exec(`begin;
    insert into calls (id, external_id, agent_id, language, started_at, duration_sec, source_format, content_hash, overall, statuses, reviewed, disputed, created_at)
      select id || '.${copy}', external_id || '.${copy}', agent_id, language, strftime('%Y-%m-%dT%H:%M:%fZ', started_at, '-${copy} hours'), duration_sec,
        source_format, content_hash || '.${copy}', overall, statuses, reviewed, disputed, created_at from calls where id not like '%.%' limit ${take};
    insert into call_transcripts (call_id, transcript)
      select t.call_id || '.${copy}', t.transcript from call_transcripts t where t.call_id || '.${copy}' in (select id from calls);
    insert into scorecards (id, call_id, rubric_version, scorer, language, overall, items, metrics, turns, extra, created_at)
      select s.id || '.${copy}', s.call_id || '.${copy}', s.rubric_version, s.scorer, s.language, s.overall, s.items, s.metrics, s.turns, s.extra, s.created_at
      from scorecards s where s.call_id || '.${copy}' in (select id from calls);
    commit;`);
}
sqlite.exec('analyze');
const stored = (sqlite.prepare('select count(*) as n from calls').get() as { n: number }).n;
sqlite.close();

async function p95(url: string, runs = 200) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await (await fetch(base + url, { headers })).arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs * 0.95)].toFixed(1);
}
console.log(`with ${stored} calls: GET /api/calls p95 ${await p95('/api/calls')} ms; by agent sorted by score p95 ${await p95('/api/calls?agentId=agent-3&sort=-overall')} ms; ` +
  `failing item + language p95 ${await p95('/api/calls?failingItem=paraphrasing&language=fa')} ms; agent summary (12 weeks) p95 ${await p95('/api/reports/agents/agent-3?weeks=12')} ms`);
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
rmSync(dir, { recursive: true, force: true });
