import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber } from '../../../lib/format.ts';

/**
 * '2026-W45' → 'W45' / 'هفتهٔ ۴۵' / 'أسبوع ٤٥': short, in the reader's words
 * and digits, so right-to-left axes never reorder a Latin week code.
 */
export function useWeekTick(): (week: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (week) => {
    const match = /W(\d+)$/.exec(week);
    return match ? t('reports.weekTick', { n: formatNumber(Number(match[1]), locale) }) : week;
  };
}
