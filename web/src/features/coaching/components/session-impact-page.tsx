import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AsyncBlock } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { getSessionImpact } from '../api/get-session-impact.ts';
import { ImpactTable, WeeksPicker } from './impact-table.tsx';

/** "Did it work" for a whole session: pooled over agents who completed it, then agent by agent. */
export function SessionImpactPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [weeks, setWeeks] = useState(4);
  const state = useApi((signal) => getSessionImpact(id, weeks, signal), `${id}:${weeks}`);
  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/coaching">{t('assignment.back')}</Link>
      </p>
      <AsyncBlock state={state}>
        {(d) => (
          <>
            <h1 id="page-title" dir="auto">
              {t('assignment.impact')} · {d.session.title}
            </h1>
            <WeeksPicker weeks={weeks} onChange={setWeeks} />
            <h2>{t('assignment.wholeSession', { n: formatNumber(d.overall.agents, locale) })}</h2>
            <ImpactTable focusItems={d.focusItems} before={d.overall.before} after={d.overall.after} change={d.overall.change} />
            {d.agents.map((a) => (
              <section key={a.assignmentId}>
                <h2>
                  <Link to={`/coaching/assignments/${a.assignmentId}`}>
                    <bdi>{a.agent.name}</bdi>
                  </Link>{' '}
                  · {t(`assignment.status.${a.status}`)}
                </h2>
                <ImpactTable focusItems={d.focusItems} before={a.before} after={a.after} change={a.change} />
              </section>
            ))}
          </>
        )}
      </AsyncBlock>
    </section>
  );
}
