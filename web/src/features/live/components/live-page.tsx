import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/auth.tsx';
import { Icon } from '../../../components/icon.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import type { SocketStatus } from '../../../lib/ws-client.ts';
import type { LiveCall } from '../api/live-state.ts';
import { useLiveCalls } from './use-live-calls.ts';

export function LivePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { calls, status } = useLiveCalls();
  const mine = user.role === 'agent';
  const shown = mine ? calls.filter((c) => c.agent.id === user.agentId) : calls;
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{mine ? t('live.myPanel') : t('live.wallboard')}</h1>
        <ConnectionStatus status={status} />
      </div>
      {shown.length === 0 ? (
        <EmptyState title={t('live.none')}>
          <p className="muted">{t('live.noneHelp')}</p>
        </EmptyState>
      ) : (
        <ul className={mine ? 'card-list' : 'wallboard'}>
          {shown.map((call) => (
            <LiveCard key={call.callId} call={call} showAllNudges={mine} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ConnectionStatus({ status }: { status: SocketStatus }) {
  const { t } = useTranslation();
  return (
    <p className={`connection connection-${status}`} role="status">
      <Icon name="live" /> {t(`live.connection.${status}`)}
    </p>
  );
}

function LiveCard({ call, showAllNudges }: { call: LiveCall; showAllNudges: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const nudges = showAllNudges ? call.nudges : call.lastNudge ? [call.lastNudge] : [];
  return (
    <li className="card live-card">
      <div className="live-head">
        <strong>{call.agent.name}</strong>
        <span className="overall-number small">{formatNumber(call.overall, locale)}</span>
      </div>
      <p className="muted">
        {call.callId} · {t(`languages.${call.language}`)} · {formatDateTime(call.startedAt, locale)}
      </p>
      <ul className="item-strip">
        {call.items.map((item) => (
          <li key={item.id}>
            <span className="item-strip-name">{t(`items.${item.id}.short`)}</span>
            <span className="visually-hidden">{t(`items.${item.id}.name`)}</span>
            <StatusBadge status={item.status} compact />
          </li>
        ))}
      </ul>
      <h3 className="small-heading">{showAllNudges ? t('live.nudges') : t('live.lastNudge')}</h3>
      {nudges.length === 0 ? (
        <p className="muted">{t('live.noNudges')}</p>
      ) : (
        <ol className="nudges" aria-live="polite">
          {nudges.map((nudge, i) => (
            <li key={`${nudge.item}-${nudge.turn ?? i}-${i}`}>
              <strong>{t(`items.${nudge.item}.name`)}</strong>: <span lang={call.language} dir="auto">{nudge.message}</span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
