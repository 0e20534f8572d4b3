import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, isRtl } from '../../../lib/format.ts';
import type { SeriesPoint } from './series.ts';
import { useWeekTick } from './use-week-tick.ts';

/** Agent vs team median over weeks; time runs with the reading direction. */
export function ProgressChart({ data, mineLabel }: { data: SeriesPoint[]; mineLabel: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rtl = isRtl(locale);
  const weekTick = useWeekTick();
  const tick = (value: number) => formatNumber(value, locale);
  return (
    <div className="chart" role="img" aria-label={t('reports.chartLabel')}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d8dde6" />
          <XAxis dataKey="week" reversed={rtl} tickFormatter={weekTick} />
          <YAxis domain={[0, 100]} orientation={rtl ? 'right' : 'left'} tickFormatter={tick} width={40} />
          <Tooltip
            labelFormatter={(w) => weekTick(String(w))}
            formatter={(value) => (typeof value === 'number' ? tick(value) : String(value))}
          />
          <Legend />
          <Line type="monotone" dataKey="mine" name={mineLabel} stroke="#1f5fbf" strokeWidth={2.5} connectNulls dot isAnimationActive={false} />
          <Line
            type="monotone"
            dataKey="team"
            name={t('reports.teamMedian')}
            stroke="#8a5a00"
            strokeWidth={2}
            strokeDasharray="6 4"
            connectNulls
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
