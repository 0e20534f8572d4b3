/**
 * `npm run bench` — scoring throughput on realistic 10-minute calls next to the cost of
 * just reading and parsing the same input, and peak memory when scoring many calls in one
 * run. Live load (500 concurrent streamed calls) runs after, when available.
 */
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

function throughput() {
  const calls = tenMinuteCalls(CALLS);
  const turns = calls.reduce((n, c) => n + c.turns.length, 0);
  const json = calls.map((c) => JSON.stringify(c));
  const vtt = calls.map((c) => toWebVtt(c));
  // Warm up the JIT on a few calls so the figures are steady-state.
  for (const c of calls.slice(0, 20)) scoreTranscript(c);

  const parseJson = time(() => json.map((s, i) => parseTranscript(s, { filename: `c${i}.json` }).transcript));
  const parseVtt = time(() => vtt.map((s, i) => parseTranscript(s, { filename: `c${i}.vtt` }).transcript));
  const score = time(() => parseJson.result.map((t) => scoreTranscript(t)));
  const perSec = (ms: number, n: number) => (n / ms) * 1000;

  console.log(`Throughput: ${CALLS} calls of ~10 min (${Math.round(turns / CALLS)} turns each on average, en/fa/ar)`);
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
  console.log(`\nMemory: ${scored} calls scored in one run in ${((performance.now() - t0) / 1000).toFixed(1)} s (incl. generating them)`);
  console.log(`  RSS ${mb(base.rss)} MB at start, peak ${mb(peakRss)} MB; heap peak ${mb(peakHeap)} MB`);
}

throughput();
peakMemory();
const live = await import('./live-load.ts').catch(() => undefined);
if (live && process.env.BENCH_LIVE !== '0') await live.runLiveLoadBench();
else console.log('\n(live load benchmark not available)');
