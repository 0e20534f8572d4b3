import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon.tsx';
import { statusKey } from '../../../components/status-badge.tsx';
import { useErrorText } from '../../../components/use-error-text.ts';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDate } from '../../../lib/format.ts';
import type { ItemStatus, Role } from '../../../lib/types.ts';
import { createDispute } from '../api/create-dispute.ts';
import { createOverride } from '../api/create-override.ts';
import type { EffectiveItem } from './effective-items.ts';

const STATUSES: ItemStatus[] = ['pass', 'warn', 'fail', 'n/a'];

interface Props {
  item: EffectiveItem;
  callId: string;
  role: Role;
  isOwnCall: boolean;
  onChanged: () => void;
}

export function ItemActions({ item, callId, role, isOwnCall, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<'override' | 'dispute' | null>(null);
  const canReview = role === 'qa_lead' || role === 'admin';
  const hasOpenDispute = item.disputes.some((d) => d.status === 'open');
  const canDispute = role === 'agent' && isOwnCall && !hasOpenDispute && item.auto.status !== 'n/a';
  const name = t(`items.${item.auto.id}.name`);

  return (
    <div className="item-actions">
      {item.disputes.length > 0 && (
        <ul className="dispute-list">
          {item.disputes.map((dispute) => (
            <li key={dispute.id}>
              <Icon name="dispute" /> {t('disputes.byOn', { name: dispute.by.name, date: formatDate(dispute.createdAt, locale) })}{' '}
              <strong>{t(`disputes.status.${dispute.status}`)}</strong>: <span dir="auto">{dispute.reason}</span>
              {dispute.resolution?.note && (
                <span className="muted" dir="auto">
                  {' '}
                  — {dispute.resolution.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {canReview && open !== 'override' && (
          <button type="button" onClick={() => setOpen('override')} aria-label={t('review.overrideItem', { item: name })}>
            <Icon name="review" /> {t('review.override')}
          </button>
        )}
        {canDispute && open !== 'dispute' && (
          <button type="button" onClick={() => setOpen('dispute')} aria-label={t('disputes.disputeItem', { item: name })}>
            <Icon name="dispute" /> {t('disputes.dispute')}
          </button>
        )}
      </div>
      {open === 'override' && (
        <OverrideForm item={item} callId={callId} onDone={(changed) => done(changed)} />
      )}
      {open === 'dispute' && <DisputeForm item={item} callId={callId} onDone={(changed) => done(changed)} />}
    </div>
  );

  function done(changed: boolean) {
    setOpen(null);
    if (changed) onChanged();
  }
}

function OverrideForm({ item, callId, onDone }: { item: EffectiveItem; callId: string; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [score, setScore] = useState(item.score === null ? '' : String(item.score));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errorText = useErrorText(error);
  const id = `override-${item.auto.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await createOverride(callId, {
        itemId: item.auto.id,
        status,
        score: score === '' ? undefined : Number(score),
        reason: reason.trim(),
      });
      onDone(true);
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('review.overrideItem', { item: t(`items.${item.auto.id}.name`) })}>
      <label htmlFor={`${id}-status`}>{t('review.newStatus')}</label>
      <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ItemStatus)}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(statusKey(s))}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-score`}>{t('review.newScore')}</label>
      <input id={`${id}-score`} type="number" min={0} max={100} value={score} onChange={(e) => setScore(e.target.value)} />
      <label htmlFor={`${id}-reason`}>{t('review.reason')}</label>
      <textarea id={`${id}-reason`} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      <FormFooter error={error !== undefined ? errorText : undefined} submitLabel={t('review.saveOverride')}
        canSubmit={!busy && reason.trim().length > 0} onCancel={() => onDone(false)} />
    </form>
  );
}

function DisputeForm({ item, callId, onDone }: { item: EffectiveItem; callId: string; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errorText = useErrorText(error);
  const id = `dispute-${item.auto.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await createDispute(callId, { itemId: item.auto.id, reason: reason.trim() });
      onDone(true);
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('disputes.disputeItem', { item: t(`items.${item.auto.id}.name`) })}>
      <label htmlFor={`${id}-reason`}>{t('disputes.reason')}</label>
      <textarea id={`${id}-reason`} required value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      <FormFooter error={error !== undefined ? errorText : undefined} submitLabel={t('disputes.send')}
        canSubmit={!busy && reason.trim().length > 0} onCancel={() => onDone(false)} />
    </form>
  );
}

/** The error line and the submit/cancel buttons both item forms end with. */
function FormFooter(props: { error: string | undefined; submitLabel: string; canSubmit: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {props.error !== undefined && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={!props.canSubmit}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
