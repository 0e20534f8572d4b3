/**
 * `npm run bench:judge -- DIR` — LLM judge cost on a set of transcripts, against the small
 * OpenAI-compatible server the tests use (started here on 127.0.0.1; point OPENAI_BASE_URL at a
 * real server and use `npm run eval -- DIR --scorer hybrid` for judgement quality).
 * Reports prompt tokens per call in hybrid mode against sending whole transcripts (llm mode),
 * and the cache hit rate when the same set is judged a second time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectoryCache, createJudge, judgeConfigFromEnv, scoreWithJudge, type ScorerMode } from '../server/judge/index.ts';
import type { Transcript } from '../server/scoring/types.ts';
import { startFakeOpenAI } from '../tests/helpers/fake-openai-server.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run bench:judge -- DIR');
  process.exit(1);
}
const transcripts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Transcript);

const fake = await startFakeOpenAI();
const cacheDir = mkdtempSync(join(tmpdir(), 'attune-judge-cache-'));
try {
  const env = { ...process.env, OPENAI_BASE_URL: fake.baseURL, OPENAI_API_KEY: 'bench' };
  const run = async (mode: ScorerMode) => {
    const config = { ...judgeConfigFromEnv(env, { mode }), cache: createDirectoryCache(join(cacheDir, mode)) };
    const judge = createJudge(config);
    const before = fake.promptTokens();
    const requestsBefore = fake.requests.length;
    for (const t of transcripts) await scoreWithJudge(t, { scorer: mode, judge });
    return { tokens: fake.promptTokens() - before, requests: fake.requests.length - requestsBefore, stats: judge.stats() };
  };
  const hybrid = await run('hybrid');
  const whole = await run('llm');
  const again = await run('hybrid');
  const n = transcripts.length;
  const lookups = again.stats.cacheHits + again.stats.cacheMisses;
  console.log(`${n} calls from ${dir}`);
  console.log(`  hybrid: ${(hybrid.tokens / n).toFixed(0)} prompt tokens per call, ${hybrid.requests} requests`);
  console.log(`  whole transcripts (llm): ${(whole.tokens / n).toFixed(0)} prompt tokens per call, ${whole.requests} requests`);
  console.log(`  hybrid sends ${((100 * hybrid.tokens) / Math.max(1, whole.tokens)).toFixed(1)}% of the tokens`);
  console.log(`  second hybrid run: ${again.requests} new requests, cache hit rate ${lookups ? ((100 * again.stats.cacheHits) / lookups).toFixed(0) : 'n/a'}% (${again.stats.cacheHits}/${lookups})`);
} finally {
  await fake.close();
  rmSync(cacheDir, { recursive: true, force: true });
}
