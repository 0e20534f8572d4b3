import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/auth.tsx';
import { ErrorState, Loading } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { CallDetail, Scorecard } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import { getCall } from '../api/get-call.ts';
import { AuditTrail } from './audit-trail.tsx';
import { effectiveItems, evidenceByTurn, turnFromHash } from './effective-items.ts';
import { focusTurn } from './focus-turn.ts';
import { MetricsList } from './metrics-list.tsx';
import { ScorecardPanel } from './scorecard-panel.tsx';
import { TagLegend } from '../../../components/tag-chip.tsx';
import { TranscriptView } from './transcript-view.tsx';

export function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const state = useApi((signal) => getCall(id, signal), `${id}:${version}`);

  if (state.error) {
    return (
      <section>
        <BackLink />
        <ErrorState error={state.error} onRetry={state.reload} />
      </section>
    );
  }
  if (!state.data) return <Loading label={t('call.loading')} />;
  return <CallView call={state.data} version={version} onChanged={() => setVersion((v) => v + 1)} />;
}

function BackLink() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <Link className="back" to={user.role === 'agent' ? '/my/calls' : '/calls'}>
      {t('call.back')}
    </Link>
  );
}

function CallView({ call, version, onChanged }: { call: CallDetail; version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const turns = useMemo(() => turnsOf(call), [call]);
  const evidence = useMemo(() => evidenceByTurn(call.scorecard), [call.scorecard]);
  const items = useMemo(() => effectiveItems(call.scorecard, call.overrides, call.disputes), [call]);

  // Arriving with #turn-N (a shared link or a reload) scrolls there once the turns exist.
  useEffect(() => {
    const index = turnFromHash(window.location.hash);
    if (index !== null) focusTurn(index, false);
  }, [call.id]);

  return (
    <article className="call-page" aria-labelledby="page-title">
      <BackLink />
      <header className="call-head">
        <h1 id="page-title">{t('call.title', { id: call.externalId ?? call.id })}</h1>
        <p className="muted">
          <bdi>{call.agent.name}</bdi> · {formatDateTime(call.startedAt, locale)} · {t(`languages.${call.language}`)} ·{' '}
          {t('call.format', { format: call.sourceFormat })}
        </p>
      </header>
      <div className="call-grid">
        <section className="transcript-pane" aria-labelledby="transcript-title">
          <h2 id="transcript-title">{t('call.transcript')}</h2>
          <TagLegend />
          <TranscriptView turns={turns} language={call.language} evidence={evidence} />
        </section>
        <aside className="scorecard-pane">
          <ScorecardPanel
            callId={call.id}
            overall={call.scorecard.overall}
            language={call.language}
            items={items}
            role={user.role}
            isOwnCall={user.agentId !== null && user.agentId === call.agent.id}
            onChanged={onChanged}
          />
          <MetricsList metrics={call.scorecard.metrics} />
          {user.role !== 'agent' && <AuditTrail callId={call.id} version={version} />}
        </aside>
      </div>
    </article>
  );
}

/** The scored turns when the scorer returned them, else the raw transcript. */
function turnsOf(call: CallDetail): Scorecard['turns'] {
  if (call.scorecard.turns?.length) return call.scorecard.turns;
  return call.transcript.turns.map((turn, index) => ({ ...turn, index, tags: [] }));
}
