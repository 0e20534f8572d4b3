import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/auth.tsx';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDate, formatNumber, formatTurn } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { listAssignments } from '../api/list-assignments.ts';
import { listSessions } from '../api/list-sessions.ts';

export function CoachingPage() {
  const user = useUser();
  return user.role === 'agent' ? <MyAssignments /> : <Sessions />;
}

function MyAssignments() {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useApi((signal) => listAssignments(true, signal), 'mine');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.coaching')}</h1>
      <AsyncBlock state={state} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('coaching.noAssignments')} />}>
        {(data) => (
          <ul className="card-list">
            {data.items.map((a) => (
              <li key={a.id} className="card">
                <h2>
                  <Link to={`/coaching/assignments/${a.id}`}>{a.session.title}</Link>
                </h2>
                <p className="muted">
                  {t('coaching.due', { date: formatDate(a.dueAt, locale) })} · {t(`assignment.status.${a.status}`)}
                </p>
                {a.session.clips && (
                  <ol>
                    {a.session.clips.map((clip) => (
                      <li key={`${clip.callId}-${clip.turn}`}>
                        <Link to={`/coaching/assignments/${a.id}`}>
                          {t(clip.kind === 'good' ? 'coaching.good' : 'coaching.poor')} ·{' '}
                          {t('call.turn', { n: formatTurn(clip.turn, locale) })}
                        </Link>{' '}
                        <span dir="auto">{clip.note}</span>
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ul>
        )}
      </AsyncBlock>
    </section>
  );
}

function Sessions() {
  const { t } = useTranslation();
  const locale = useLocale();
  const sessions = useApi((signal) => listSessions(signal), 'sessions');
  const assignments = useApi((signal) => listAssignments(false, signal), 'all');
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t('nav.coaching')}</h1>
        <Link className="button" to="/moments">
          {t('coaching.newFromMoments')}
        </Link>
      </div>
      <h2>{t('coaching.sessions')}</h2>
      <AsyncBlock state={sessions} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('coaching.noSessions')} />}>
        {(data) => (
          <ul className="card-list">
            {data.items.map((s) => (
              <li key={s.id} className="card">
                <h3>{s.title}</h3>
                {(s.assignments ?? 0) > 0 && <Link to={`/coaching/sessions/${s.id}/impact`}>{t('assignment.impact')}</Link>}
                <p className="muted">
                  {formatDate(s.createdAt, locale)} · {t('coaching.clips', { n: formatNumber(s.clips?.length ?? 0, locale) })}
                </p>
                {s.description && <p dir="auto">{s.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </AsyncBlock>
      <h2>{t('coaching.assignments')}</h2>
      <AsyncBlock state={assignments} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('coaching.noAssignmentsAll')} />}>
        {(data) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('coaching.title')}</th>
                <th scope="col">{t('calls.agent')}</th>
                <th scope="col">{t('coaching.dueDate')}</th>
                <th scope="col">{t('coaching.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/coaching/assignments/${a.id}`}>{a.session.title}</Link>
                  </th>
                  <td>{a.agent.name}</td>
                  <td>{formatDate(a.dueAt, locale)}</td>
                  <td>{t(`assignment.status.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncBlock>
    </section>
  );
}
