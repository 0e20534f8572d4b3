/** Pure arithmetic behind the reports: ISO weeks, pass rates, medians, Cohen's kappa. */
import { ITEM_IDS } from '../scoring/types.ts';

/** '2026-W45' and the Monday (UTC) that starts it. */
export function isoWeek(iso: string): { week: string; start: string } {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10) };
}

export interface StatRow { overall: number | null; statuses: string }

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return round1(s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2);
}

/** Calls, mean overall and per-item pass rate (passes / applicable calls, null when none applies). */
export function summarise(rows: StatRow[]) {
  const overall = mean(rows.map((r) => r.overall).filter((x): x is number => x !== null));
  const parsed = rows.map((r) => JSON.parse(r.statuses) as Record<string, string>);
  const items: Record<string, number | null> = {};
  for (const id of ITEM_IDS) {
    const applicable = parsed.filter((s) => s[id] && s[id] !== 'n/a');
    items[id] = applicable.length ? round1((100 * applicable.filter((s) => s[id] === 'pass').length) / applicable.length) : null;
  }
  return { calls: rows.length, overall, items };
}

export type Summary = ReturnType<typeof summarise>;

/** Median across summaries (e.g. the agents of a team in one week), item by item. */
export function medianOf(summaries: Summary[]) {
  const items: Record<string, number | null> = {};
  for (const id of ITEM_IDS) items[id] = median(summaries.map((s) => s.items[id]).filter((x): x is number => x !== null));
  return { overall: median(summaries.map((s) => s.overall).filter((x): x is number => x !== null)), items };
}

export function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * Percent agreement and Cohen's kappa between two raters over the same cases.
 * Kappa is null when chance agreement is already 1 (both raters used one single category).
 */
export function agreement(pairs: [string, string][]): { agreement: number | null; kappa: number | null } {
  const n = pairs.length;
  if (!n) return { agreement: null, kappa: null };
  const po = pairs.filter(([a, b]) => a === b).length / n;
  const cats = new Set(pairs.flat());
  let pe = 0;
  for (const c of cats) pe += (pairs.filter(([a]) => a === c).length / n) * (pairs.filter(([, b]) => b === c).length / n);
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return { agreement: round3(po), kappa: pe === 1 ? null : round3((po - pe) / (1 - pe)) };
}
