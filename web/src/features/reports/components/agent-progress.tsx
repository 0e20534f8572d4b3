import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber } from '../../../lib/format.ts';
import { ITEM_IDS } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import { getAgentReport } from '../api/get-agent-report.ts';
import { ProgressChart } from './progress-chart.tsx';
import { progressSeries, type Metric } from './series.ts';

/** Per-item pass rate over weeks against the team median, with the numbers as a table too. */
export function AgentProgress({ agentId, title }: { agentId: string; title: (name: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [metric, setMetric] = useState<Metric>('overall');
  const [weeks, setWeeks] = useState(12);
  const state = useApi((signal) => getAgentReport(agentId, weeks, signal), `${agentId}:${weeks}`);

  return (
    <AsyncBlock state={state}>
      {(report) => {
        const series = progressSeries(report.weeks, report.teamMedian, metric);
        return (
          <section aria-labelledby="page-title">
            <h1 id="page-title">{title(report.agent.name)}</h1>
            <div className="filters">
              <label>
                {t('reports.measure')}
                <select value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
                  <option value="overall">{t('reports.overallScore')}</option>
                  {ITEM_IDS.map((id) => (
                    <option key={id} value={id}>
                      {t('reports.passRateOf', { item: t(`items.${id}.name`) })}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('reports.weeks')}
                <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
                  {[4, 8, 12, 26, 52].map((n) => (
                    <option key={n} value={n}>
                      {formatNumber(n, locale)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {report.weeks.length === 0 ? (
              <EmptyState title={t('reports.noWeeks')} />
            ) : (
              <>
                <ProgressChart data={series} mineLabel={report.agent.name} />
                <details>
                  <summary>{t('reports.asTable')}</summary>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('reports.week')}</th>
                        <th scope="col" className="num">{report.agent.name}</th>
                        <th scope="col" className="num">{t('reports.teamMedian')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {series.map((row) => (
                        <tr key={row.week}>
                          <th scope="row">{row.week}</th>
                          <td className="num">{formatNumber(row.mine, locale, 1)}</td>
                          <td className="num">{formatNumber(row.team, locale, 1)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </>
            )}
          </section>
        );
      }}
    </AsyncBlock>
  );
}
