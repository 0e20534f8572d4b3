import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statusKey } from '../../../components/status-badge.tsx';
import { useErrorText } from '../../../components/use-error-text.ts';
import type { Dispute, ItemStatus } from '../../../lib/types.ts';
import { resolveDispute } from '../api/resolve-dispute.ts';

export function ResolveForm({ dispute, onResolved }: { dispute: Dispute; onResolved: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<ItemStatus | ''>('');
  const [score, setScore] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);
  const id = `resolve-${dispute.id}`;

  async function decide(decision: 'accepted' | 'rejected') {
    setBusy(true);
    setError(undefined);
    try {
      await resolveDispute(dispute.id, {
        decision,
        note: note.trim(),
        status: decision === 'accepted' && status ? status : undefined,
        score: decision === 'accepted' && score !== '' ? Number(score) : undefined,
      });
      onResolved();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={(e: FormEvent) => e.preventDefault()} aria-label={t('disputes.resolve')}>
      <label htmlFor={`${id}-note`}>{t('disputes.note')}</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} required />
      <label htmlFor={`${id}-status`}>{t('disputes.statusIfAccepted')}</label>
      <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ItemStatus | '')}>
        <option value="">{t('disputes.keepDefault')}</option>
        {(['pass', 'warn', 'fail', 'n/a'] as const).map((s) => (
          <option key={s} value={s}>
            {t(statusKey(s))}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-score`}>{t('review.newScore')}</label>
      <input id={`${id}-score`} type="number" min={0} max={100} value={score} onChange={(e) => setScore(e.target.value)} />
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy || !note.trim()} onClick={() => void decide('accepted')}>
          {t('disputes.accept')}
        </button>
        <button type="button" disabled={busy || !note.trim()} onClick={() => void decide('rejected')}>
          {t('disputes.reject')}
        </button>
      </div>
    </form>
  );
}
