/**
 * Live load: 500 calls streamed at the same time, each at its real pace (a turn is sent
 * when it ends in the recording), from a separate process against the service on 127.0.0.1.
 * Reports ack latency (send → ack), nudge latency (send of the segment that triggered it →
 * nudge) and the service's memory per live call.
 *
 *   npx tsx bench/live-load.ts            (also run by `npm run bench`)
 *   BENCH_LIVE_CALLS=500 BENCH_LIVE_SEC=75
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { buildApp } from '../server/app.ts';
import { sha256 } from '../server/auth/secrets.ts';
import { loadConfig } from '../server/config.ts';
import { planReplay } from '../server/live/replay-plan.ts';
import { tenMinuteCalls } from './synthetic-calls.ts';

const CALLS = Number(process.env.BENCH_LIVE_CALLS ?? 500);
const SECONDS = Number(process.env.BENCH_LIVE_SEC ?? 75);
/** Calls start spread over this many seconds, as they would in a call centre. */
const RAMP_SEC = 10;

interface ClientReport {
  acks: number[];
  nudges: number[];
  segments: number;
  errors: string[];
  connected: number;
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** The load generator (child process): one socket per call, segments at their recorded times. */
async function runClient(url: string, token: string, calls: number, seconds: number): Promise<ClientReport> {
  const report: ClientReport = { acks: [], nudges: [], segments: 0, errors: [], connected: 0 };
  const deadline = Date.now() + seconds * 1000;
  const transcripts = tenMinuteCalls(calls);
  await Promise.all(transcripts.map((t, i) => new Promise<void>((done) => {
    setTimeout(() => {
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
      const sentAt = new Map<number, number>();
      const timers: NodeJS.Timeout[] = [];
      const finish = () => { timers.forEach(clearTimeout); ws.close(); done(); };
      ws.on('open', () => {
        report.connected += 1;
        const began = Date.now();
        ws.send(JSON.stringify({ type: 'start', callId: `${t.id}-${process.pid}`, agent: t.agent, language: t.language }));
        for (const p of planReplay(t.turns)) {
          if (began + p.atMs > deadline) break;
          timers.push(setTimeout(() => {
            sentAt.set(p.seq, performance.now());
            report.segments += 1;
            ws.send(JSON.stringify({ type: 'segment', seq: p.seq, ...p.turn, final: true }));
          }, p.atMs));
        }
        timers.push(setTimeout(finish, deadline - Date.now()));
      });
      ws.on('message', (data) => {
        const f = JSON.parse(data.toString());
        if (f.type === 'ack') report.acks.push(performance.now() - sentAt.get(f.seq)!);
        else if (f.type === 'nudge') report.nudges.push(performance.now() - sentAt.get(f.turn + 1)!);
        else if (f.type === 'error') report.errors.push(f.message);
      });
      ws.on('error', (err) => { report.errors.push(err.message); done(); });
    }, (i / calls) * RAMP_SEC * 1000);
  })));
  return report;
}

/** Runs the service here and the load in a child process; prints and returns the figures. */
export async function runLiveLoadBench(calls = CALLS, seconds = SECONDS) {
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-live-bench-'));
  const config = loadConfig({ ATTUNE_DB: path.join(dir, 'bench.db'), ATTUNE_DEMO: '0' }, {
    logLevel: 'warn', webDist: path.join(dir, 'none'),
  });
  const app = await buildApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const token = 'bench-' + Math.random().toString(36).slice(2);
  app.ctx.repos.tokens.create({ name: 'live bench', role: 'qa_lead', tokenHash: sha256(token), createdBy: null });

  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 500);

  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--client', `ws://127.0.0.1:${port}/api/live`, token, String(calls), String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const live = app.ctx.db.$client.prepare("SELECT count(*) AS n FROM live_calls WHERE status = 'live'").get() as { n: number };
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`live load client exited with ${code}`);
  const r = JSON.parse(out) as ClientReport;

  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  const kb = (b: number) => (b / 1024).toFixed(0);
  const figures = {
    calls, seconds, connected: r.connected, segments: r.segments, acks: r.acks.length, errors: r.errors.length,
    ackP50: pct(r.acks, 50), ackP99: pct(r.acks, 99), ackMax: pct(r.acks, 100),
    nudges: r.nudges.length, nudgeP50: pct(r.nudges, 50), nudgeP99: pct(r.nudges, 99),
    rssPerCallKb: (peakRss - before.rss) / 1024 / calls, heapPerCallKb: (peakHeap - before.heapUsed) / 1024 / calls, liveCallsAtEnd: live.n,
  };
  console.log(`\nLive load: ${calls} concurrent calls for ${seconds} s at recorded pace, client in a separate process`);
  console.log(`  ${r.connected} sockets, ${r.segments} segments sent (${(r.segments / seconds).toFixed(0)}/s), ${r.acks.length} acked, ${r.errors.length} errors${r.errors.length ? ` (first: ${r.errors[0]})` : ''}`);
  console.log(`  ack latency    p50 ${figures.ackP50.toFixed(1)} ms   p99 ${figures.ackP99.toFixed(1)} ms   max ${figures.ackMax.toFixed(1)} ms`);
  console.log(`  nudge latency  p50 ${figures.nudgeP50.toFixed(1)} ms   p99 ${figures.nudgeP99.toFixed(1)} ms   (${r.nudges.length} nudges, after the triggering segment)`);
  console.log(`  server memory  RSS ${mb(before.rss)} → peak ${mb(peakRss)} MB: ${kb(peakRss - before.rss)} KB total, ~${figures.rssPerCallKb.toFixed(0)} KB RSS and ~${figures.heapPerCallKb.toFixed(0)} KB heap per live call`);
  return figures;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[2] === '--client') {
  const [url, token, calls, seconds] = process.argv.slice(3);
  const report = await runClient(url, token, Number(calls), Number(seconds));
  process.stdout.write(JSON.stringify(report));
} else if (isMain) {
  await runLiveLoadBench();
}
