import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language, Transcript, Turn } from '../server/scoring/types.ts';

const DEMO_DIR = join(import.meta.dirname, '..', 'fixtures', 'demo', 'calls');

/**
 * Realistic ~10-minute calls for benchmarks: turns taken in order from our demo calls of one
 * language, re-timed at 2.5 words per second with short gaps, until `seconds` of call time.
 */
export function tenMinuteCalls(count: number, seconds = 600): Transcript[] {
  const byLanguage = new Map<Language, Turn[]>();
  for (const file of readdirSync(DEMO_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const call = JSON.parse(readFileSync(join(DEMO_DIR, file), 'utf8')) as Transcript;
    const lang = call.language ?? 'en';
    byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), ...call.turns]);
  }
  const languages = [...byLanguage.keys()];
  return Array.from({ length: count }, (_, i) => {
    const lang = languages[i % languages.length];
    const pool = byLanguage.get(lang)!;
    const turns: Turn[] = [];
    let clock = 0;
    for (let j = (i * 7) % pool.length; clock < seconds; j = (j + 1) % pool.length) {
      const { speaker, text } = pool[j];
      const start = clock + 0.4;
      const end = start + Math.max(0.6, text.split(/\s+/).length / 2.5);
      turns.push({ speaker, text, start: round(start), end: round(end) });
      clock = end;
    }
    return { id: `bench-${i}`, language: lang, agent: { id: `agent-${i % 20}` }, turns };
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
