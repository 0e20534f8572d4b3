import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, isRtl } from '../../../lib/format.ts';
import type { TeamReport } from '../../../lib/types.ts';
import { useWeekTick } from './use-week-tick.ts';

export function DistributionChart({ buckets }: { buckets: TeamReport['distribution']['buckets'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rtl = isRtl(locale);
  const data = buckets.map((b) => ({ label: `${formatNumber(b.from, locale)}–${formatNumber(b.to, locale)}`, count: b.count }));
  return (
    <div className="chart" role="img" aria-label={t('reports.distribution')}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d8dde6" />
          <XAxis dataKey="label" reversed={rtl} />
          <YAxis allowDecimals={false} orientation={rtl ? 'right' : 'left'} tickFormatter={(v: number) => formatNumber(v, locale)} width={40} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(v, locale) : String(v))} />
          <Bar dataKey="count" name={t('reports.calls')} fill="#1f5fbf" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function TrendChart({ weeks }: { weeks: TeamReport['weeks'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rtl = isRtl(locale);
  const weekTick = useWeekTick();
  return (
    <div className="chart" role="img" aria-label={t('reports.trend')}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={weeks} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d8dde6" />
          <XAxis dataKey="week" reversed={rtl} tickFormatter={weekTick} />
          <YAxis domain={[0, 100]} orientation={rtl ? 'right' : 'left'} tickFormatter={(v: number) => formatNumber(v, locale)} width={40} />
          <Tooltip labelFormatter={(w) => weekTick(String(w))} formatter={(v) => (typeof v === 'number' ? formatNumber(v, locale, 1) : String(v))} />
          <Line type="monotone" dataKey="overall" name={t('reports.overallScore')} stroke="#1f5fbf" strokeWidth={2.5} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
