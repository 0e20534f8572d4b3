import { formatNumber, type Locale } from '../../../lib/format.ts';

/** '2026-W45' → 'W45' in the locale's digits; kept short so RTL axes don't reorder it. */
export function weekTick(week: string, locale: Locale): string {
  const match = /W(\d+)$/.exec(week);
  return match ? `W${formatNumber(Number(match[1]), locale)}` : week;
}
