/**
 * Service benchmark (issue 3): bulk ingest of ten-minute calls over HTTP end to end (accepted,
 * stored, scored), then GET /api/calls and an agent summary with many calls stored.
 * Usage: npx tsx bench/service-bench.ts [calls=10000] [listCalls=100000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { loadConfig } from '../server/config.ts';
import { tenMinuteCalls } from './synthetic-calls.ts';

const bulkCount = Number(process.argv[2] ?? 10_000);
const listCount = Number(process.argv[3] ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'attune-bench-'));
const config = loadConfig({ ATTUNE_DB: path.join(dir, 'bench.db'), ATTUNE_DEMO: '0' }, { logLevel: 'silent', webDist: path.join(dir, 'none') });
const app = await buildApp(config);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
app.ctx.repos.users.create({ email: 'bench@x.test', name: 'Bench', role: 'qa_lead', passwordHash: await hashPassword('benchpassword') });
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@x.test', password: 'benchpassword' }) });
const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0], 'x-attune-csrf': '1' };

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);

async function bulk(count: number, offset: number) {
  const calls = tenMinuteCalls(count).map((c, i) => ({ ...c, id: `bench-${offset + i}`, startedAt: new Date(Date.now() - (i % 84) * 86_400_000).toISOString() }));
  const body = calls.map((c) => JSON.stringify(c)).join('\n');
  const t0 = performance.now();
  const res = await fetch(`${base}/api/calls/bulk`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-ndjson' }, body });
  const { jobId } = (await res.json()) as { jobId: string };
  const accepted = performance.now() - t0;
  for (;;) {
    const job = (await (await fetch(`${base}/api/jobs/${jobId}`, { headers })).json()) as { status: string; done: number; failed: number };
    if (job.status === 'done') return { ms: performance.now() - t0, accepted, mb: Buffer.byteLength(body) / 1048576, ...job };
    await new Promise((r) => setTimeout(r, 200));
  }
}

const r = await bulk(bulkCount, 0);
console.log(`bulk: ${bulkCount} ten-minute calls (${r.mb.toFixed(0)} MB NDJSON) in ${(r.ms / 1000).toFixed(1)} s = ${(bulkCount / (r.ms / 1000)).toFixed(0)} calls/s ` +
  `(202 after ${(r.accepted / 1000).toFixed(1)} s; done ${r.done}, failed ${r.failed}); peak RSS ${(peakRss / 1048576).toFixed(0)} MB, ${config.workers} workers`);

// Fill up to listCount by cloning the scored calls (new ids, hashes and dates) straight in SQLite:
// ingesting 100,000 calls over HTTP would only measure the bulk path again.
const sqlite = app.ctx.db.$client;
for (let copy = 1; (copy * bulkCount) < listCount; copy++) {
  const take = Math.min(bulkCount, listCount - copy * bulkCount);
  sqlite.exec(`begin;
    insert into calls (id, external_id, agent_id, language, started_at, duration_sec, transcript, source_format, content_hash, overall, statuses, reviewed, disputed, created_at)
      select id || '.${copy}', external_id || '.${copy}', agent_id, language, strftime('%Y-%m-%dT%H:%M:%fZ', started_at, '-${copy} hours'), duration_sec, transcript, source_format,
        content_hash || '.${copy}', overall, statuses, reviewed, disputed, created_at from calls where id not like '%.%' limit ${take};
    insert into scorecards (id, call_id, rubric_version, scorer, language, overall, items, metrics, turns, extra, created_at)
      select s.id || '.${copy}', s.call_id || '.${copy}', s.rubric_version, s.scorer, s.language, s.overall, s.items, s.metrics, s.turns, s.extra, s.created_at
      from scorecards s where s.call_id || '.${copy}' in (select id from calls);
    commit;`);
}
sqlite.exec('analyze');
async function p95(url: string, runs = 200) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(base + url, { headers });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs * 0.95)].toFixed(1);
}
const stored = (sqlite.prepare('select count(*) as n from calls').get() as { n: number }).n;
console.log(`with ${stored} calls: GET /api/calls p95 ${await p95('/api/calls')} ms; filtered by agent p95 ${await p95('/api/calls?agentId=agent-3&sort=-overall')} ms; ` +
  `agent summary p95 ${await p95('/api/reports/agents/agent-3?weeks=12')} ms`);
clearInterval(sampler);
await app.close();
rmSync(dir, { recursive: true, force: true });
