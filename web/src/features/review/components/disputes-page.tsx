import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/auth.tsx';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Dispute, DisputeStatus } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import { listDisputes } from '../api/list-disputes.ts';
import { ResolveForm } from './resolve-form.tsx';

const TABS: (DisputeStatus | '')[] = ['open', 'accepted', 'rejected', ''];

export function DisputesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [status, setStatus] = useState<DisputeStatus | ''>('open');
  const state = useApi((signal) => listDisputes(status, signal), status);
  const canResolve = user.role === 'qa_lead' || user.role === 'admin';

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.disputes')}</h1>
      <div className="segmented" role="group" aria-label={t('disputes.filter')}>
        {TABS.map((tab) => (
          <button key={tab || 'all'} type="button" aria-pressed={status === tab} onClick={() => setStatus(tab)}>
            {tab ? t(`disputes.status.${tab}`) : t('common.all')}
          </button>
        ))}
      </div>
      <AsyncBlock state={state} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('disputes.none')} />}>
        {(data) => (
          <ul className="card-list">
            {data.items.map((dispute) => (
              <DisputeCard key={dispute.id} dispute={dispute} canResolve={canResolve} onResolved={state.reload} />
            ))}
          </ul>
        )}
      </AsyncBlock>
    </section>
  );
}

function DisputeCard({ dispute, canResolve, onResolved }: { dispute: Dispute; canResolve: boolean; onResolved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const callLabel = dispute.call?.externalId ?? dispute.callId;
  return (
    <li className="card dispute-card" data-status={dispute.status}>
      <p>
        <strong>{t(`items.${dispute.itemId}.name`)}</strong> ·{' '}
        <Link to={`/calls/${dispute.callId}`}>{t('call.title', { id: callLabel })}</Link>
        {dispute.call?.agent && <> · <bdi>{dispute.call.agent.name}</bdi></>}
      </p>
      <p className="muted">
        {t('disputes.byOn', { name: dispute.by.name, date: formatDate(dispute.createdAt, locale) })} ·{' '}
        <strong>{t(`disputes.status.${dispute.status}`)}</strong>
      </p>
      <blockquote dir="auto">{dispute.reason}</blockquote>
      {dispute.resolution && (
        <p>
          {t('disputes.resolvedBy', { name: dispute.resolution.by.name })}: <span dir="auto">{dispute.resolution.note}</span>
        </p>
      )}
      {canResolve && dispute.status === 'open' && <ResolveForm dispute={dispute} onResolved={onResolved} />}
    </li>
  );
}
