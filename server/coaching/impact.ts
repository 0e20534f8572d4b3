/**
 * "Did it work": each focus item's pass rate over an agent's calls in the N weeks before an
 * assignment and the N weeks after its completion. Pass rate = passes / calls where the item
 * applies (n/a excluded), in percent with one decimal, like the reports.
 */
const WEEK_MS = 7 * 86_400_000;

export interface StatusRow {
  startedAt: string;
  /** Effective statuses (auto + overrides) as stored on the call. */
  statuses: Record<string, string>;
}

export interface Window { from: string; to: string }

export interface WindowFigures extends Window {
  calls: number;
  items: Record<string, { applicable: number; passed: number; passRate: number | null }>;
}

/** [assignedAt − N weeks, assignedAt) and (completedAt, completedAt + N weeks]; no "after" until completion. */
export function impactWindows(assignedAt: string, completedAt: string | null, weeks: number): { before: Window; after: Window | null } {
  const a = Date.parse(assignedAt);
  const before = { from: new Date(a - weeks * WEEK_MS).toISOString(), to: new Date(a).toISOString() };
  if (!completedAt) return { before, after: null };
  const c = Date.parse(completedAt);
  return { before, after: { from: new Date(c).toISOString(), to: new Date(c + weeks * WEEK_MS).toISOString() } };
}

const inBefore = (t: number, w: Window) => t >= Date.parse(w.from) && t < Date.parse(w.to);
const inAfter = (t: number, w: Window) => t > Date.parse(w.from) && t <= Date.parse(w.to);

const rate = (passed: number, applicable: number) => (applicable ? Math.round((1000 * passed) / applicable) / 10 : null);

/** Counts per focus item over rows already limited to a window. */
export function figures(rows: StatusRow[], focusItems: string[], window: Window): WindowFigures {
  const items: WindowFigures['items'] = {};
  for (const id of focusItems) {
    const applicable = rows.filter((r) => r.statuses[id] && r.statuses[id] !== 'n/a');
    const passed = applicable.filter((r) => r.statuses[id] === 'pass').length;
    items[id] = { applicable: applicable.length, passed, passRate: rate(passed, applicable.length) };
  }
  return { ...window, calls: rows.length, items };
}

/** Before and after figures of one agent's calls for one assignment. */
export function assignmentImpact(rows: StatusRow[], focusItems: string[], windows: { before: Window; after: Window | null }) {
  const at = (r: StatusRow) => Date.parse(r.startedAt);
  const before = figures(rows.filter((r) => inBefore(at(r), windows.before)), focusItems, windows.before);
  const after = windows.after ? figures(rows.filter((r) => inAfter(at(r), windows.after!)), focusItems, windows.after) : null;
  return { before, after, change: change(before, after, focusItems) };
}

/** After minus before, in percentage points, per item (null when either side has no applicable call). */
export function change(before: Pick<WindowFigures, 'items'>, after: Pick<WindowFigures, 'items'> | null, focusItems: string[]) {
  const out: Record<string, number | null> = {};
  for (const id of focusItems) {
    const b = before.items[id]?.passRate ?? null;
    const a = after?.items[id]?.passRate ?? null;
    out[id] = a === null || b === null ? null : Math.round((a - b) * 10) / 10;
  }
  return out;
}

/** The session as a whole: counts pooled over every agent's windows (completed assignments only for "after"). */
export function pooled(perAgent: { before: WindowFigures; after: WindowFigures | null }[], focusItems: string[]) {
  const pool = (sides: WindowFigures[]) => {
    const items: Record<string, { applicable: number; passed: number; passRate: number | null }> = {};
    for (const id of focusItems) {
      const applicable = sides.reduce((n, s) => n + (s.items[id]?.applicable ?? 0), 0);
      const passed = sides.reduce((n, s) => n + (s.items[id]?.passed ?? 0), 0);
      items[id] = { applicable, passed, passRate: rate(passed, applicable) };
    }
    return { calls: sides.reduce((n, s) => n + s.calls, 0), items };
  };
  const completed = perAgent.filter((p) => p.after);
  // Compare like with like: "before" pooled over the agents that have an "after" (all, until one has).
  const before = pool((completed.length ? completed : perAgent).map((p) => p.before));
  const after = completed.length ? pool(completed.map((p) => p.after!)) : null;
  return { agents: completed.length, before, after, change: change(before, after, focusItems) };
}
