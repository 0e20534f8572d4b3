/**
 * `npm run bench` — scoring throughput on realistic 10-minute calls next to the cost of
 * just reading and parsing the same input, and peak memory when scoring many calls in one
 * run; then the service (bulk ingest of 10,000 calls over HTTP, list/summary p95 with 100,000
 * calls) and live load (500 concurrent streamed calls), each against a server in its own
 * process. BENCH_SERVICE=0 / BENCH_LIVE=0 skip those.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseTranscript } from '../server/ingest/index.ts';
import { scoreTranscript } from '../server/scoring/index.ts';
import { toWebVtt } from '../tests/helpers/convert.ts';
import { tenMinuteCalls } from './synthetic-calls.ts';

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const MANY = Number(process.env.BENCH_MANY ?? 3000);

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

function median<T>(fn: () => T, runs = 5): { ms: number; result: T } {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const { ms, result } = time(fn);
    times.push(ms);
    last = result;
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], result: last };
}

function throughput() {
  const calls = tenMinuteCalls(CALLS);
  const turns = calls.reduce((n, c) => n + c.turns.length, 0);
  const json = calls.map((c) => JSON.stringify(c));
  const vtt = calls.map((c) => toWebVtt(c));
  // Warm up the JIT with a full pass, then take the median of five passes: steady-state figures
  // for a long-running bulk job, not the first seconds of a cold process.
  for (const c of calls) scoreTranscript(c);

  const parseJson = median(() => json.map((s, i) => parseTranscript(s, { filename: `c${i}.json` }).transcript));
  const parseVtt = median(() => vtt.map((s, i) => parseTranscript(s, { filename: `c${i}.vtt` }).transcript));
  const score = median(() => parseJson.result.map((t) => scoreTranscript(t)));
  const perSec = (ms: number, n: number) => (n / ms) * 1000;

  console.log(`\nThroughput: ${CALLS} calls of ~10 min (${Math.round(turns / CALLS)} turns each on average, en/fa/ar)`);
  console.log(`  read+parse canonical JSON  ${perSec(parseJson.ms, CALLS).toFixed(0).padStart(7)} calls/s  ${perSec(parseJson.ms, turns).toFixed(0).padStart(8)} turns/s`);
  console.log(`  read+parse WebVTT          ${perSec(parseVtt.ms, CALLS).toFixed(0).padStart(7)} calls/s  ${perSec(parseVtt.ms, turns).toFixed(0).padStart(8)} turns/s`);
  console.log(`  score (rules)              ${perSec(score.ms, CALLS).toFixed(0).padStart(7)} calls/s  ${perSec(score.ms, turns).toFixed(0).padStart(8)} turns/s`);
  console.log(`  scoring costs ${(score.ms / parseJson.ms).toFixed(1)}× parsing canonical JSON, ${(score.ms / parseVtt.ms).toFixed(1)}× parsing WebVTT`);
}

function peakMemory() {
  global.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const batch = 100;
  let scored = 0;
  const t0 = performance.now();
  for (let done = 0; done < MANY; done += batch) {
    // Generated and scored in batches, as a bulk job does: memory must not grow with the run.
    for (const call of tenMinuteCalls(batch)) {
      const card = scoreTranscript(call);
      scored += card.turns.length > 0 ? 1 : 0;
    }
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(`Memory: ${scored} calls scored in one run in ${((performance.now() - t0) / 1000).toFixed(1)} s (incl. generating them)`);
  console.log(`  RSS ${mb(base.rss)} MB at start, peak ${mb(peakRss)} MB; heap peak ${mb(peakHeap)} MB`);
}

// Memory first, while the process holds nothing else.
peakMemory();
throughput();
if (process.env.BENCH_SERVICE !== '0') runServiceBench();
if (process.env.BENCH_LIVE !== '0') {
  const { runLiveLoadBench } = await import('./live-load.ts');
  await runLiveLoadBench();
}

/** Bulk ingest over HTTP and list latency with 100,000 calls, against the service in its own process. */
function runServiceBench() {
  console.log('\nService (bulk ingest over HTTP, list and summary latency):');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/service-bench.ts'], { stdio: 'inherit', cwd: import.meta.dirname + '/..' });
  if (r.status !== 0) console.log(`  service benchmark failed (exit ${r.status})`);
}
