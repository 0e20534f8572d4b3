import type { ItemId, WeekPoint } from '../../../lib/types.ts';

export type Metric = 'overall' | ItemId;

export interface SeriesPoint {
  week: string;
  mine: number | null;
  team: number | null;
}

/**
 * One row per week for the progress chart: the agent's value and the team
 * median, both on a 0–100 scale (the service sends item pass rates as percentages).
 */
export function progressSeries(weeks: WeekPoint[], teamMedian: WeekPoint[], metric: Metric): SeriesPoint[] {
  const team = new Map(teamMedian.map((w) => [w.week, w]));
  const all = [...new Set([...weeks.map((w) => w.week), ...teamMedian.map((w) => w.week)])].sort();
  const mine = new Map(weeks.map((w) => [w.week, w]));
  return all.map((week) => ({
    week,
    mine: valueOf(mine.get(week), metric),
    team: valueOf(team.get(week), metric),
  }));
}

function valueOf(point: WeekPoint | undefined, metric: Metric): number | null {
  if (!point) return null;
  if (metric === 'overall') return point.overall ?? null;
  const rate = point.items?.[metric];
  return rate ?? null;
}
