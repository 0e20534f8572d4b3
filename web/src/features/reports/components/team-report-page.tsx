import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, formatPercent } from '../../../lib/format.ts';
import { ITEM_IDS } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import { getTeamReport } from '../api/get-team-report.ts';
import { listTeams } from '../api/list-teams.ts';
import { DistributionChart, TrendChart } from './team-charts.tsx';

/** The service sends pass rates as percentages (0–100). */
const percentToRatio = (value: number | null | undefined) => (value === null || value === undefined ? null : value / 100);

export function TeamReportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState({ teamId: '', from: '', to: '' });
  const teams = useApi((signal) => listTeams(signal), 'teams');
  const state = useApi((signal) => getTeamReport(query, signal), JSON.stringify(query));
  const set = (key: keyof typeof query) => (e: { target: { value: string } }) => setQuery((q) => ({ ...q, [key]: e.target.value }));

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.reports')}</h1>
      <div className="filters">
        <label>
          {t('reports.team')}
          <select value={query.teamId} onChange={set('teamId')}>
            <option value="">{t('common.all')}</option>
            {teams.data?.items.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('queue.from')}
          <input type="date" value={query.from} onChange={set('from')} />
        </label>
        <label>
          {t('queue.to')}
          <input type="date" value={query.to} onChange={set('to')} />
        </label>
      </div>
      <AsyncBlock state={state} isEmpty={(d) => d.agents.length === 0} empty={<EmptyState title={t('reports.empty')} />}>
        {(report) => (
          <>
            <h2>{t('reports.perAgent')}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('calls.agent')}</th>
                    <th scope="col" className="num">{t('reports.calls')}</th>
                    <th scope="col" className="num">{t('calls.overall')}</th>
                    {ITEM_IDS.map((id) => (
                      <th key={id} scope="col" className="num" title={t(`items.${id}.name`)}>
                        {t(`items.${id}.short`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.agents.map((row) => (
                    <tr key={row.agent.id}>
                      <th scope="row">
                        <Link to={`/reports/agents/${row.agent.id}`}>{row.agent.name}</Link>
                      </th>
                      <td className="num">{formatNumber(row.calls, locale)}</td>
                      <td className="num">{formatNumber(row.overall, locale)}</td>
                      {ITEM_IDS.map((id) => (
                        <td key={id} className="num">
                          {formatPercent(percentToRatio(row.items[id]), locale)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="muted small">{t('reports.passRateNote')}</p>
            <div className="chart-grid">
              <section>
                <h2>{t('reports.distribution')}</h2>
                <DistributionChart buckets={report.distribution.buckets} />
              </section>
              <section>
                <h2>{t('reports.trend')}</h2>
                <TrendChart weeks={report.weeks} />
              </section>
            </div>
          </>
        )}
      </AsyncBlock>
    </section>
  );
}
