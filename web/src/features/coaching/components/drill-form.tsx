import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/use-error-text.ts';
import type { DrillAttempt } from '../api/detail-types.ts';
import { submitDrill } from '../api/submit-drill.ts';

/** The service's limit (docs/API.md); the form stops there too. */
const MAX_REPLY = 1000;

/** The agent answers the clip's customer turn and sees at once what the reply did. */
export function DrillForm({ assignmentId, clipId, onDone }: { assignmentId: string; clipId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DrillAttempt>();
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setResult(await submitDrill(assignmentId, { clipId, reply: reply.trim() }));
      onDone();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack drill" onSubmit={submit} aria-label={t('assignment.practise')}>
      <label>
        {t('assignment.yourReply')}
        <textarea name="reply" rows={3} maxLength={MAX_REPLY} value={reply} onChange={(e) => setReply(e.target.value)} dir="auto" />
      </label>
      <button type="submit" disabled={busy || !reply.trim()}>
        {t('assignment.checkReply')}
      </button>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
      {result && <DrillResult attempt={result} />}
    </form>
  );
}

function DrillResult({ attempt }: { attempt: DrillAttempt }) {
  const { t } = useTranslation();
  const { feedback, language } = attempt;
  return (
    <div className="drill-feedback" role="status" lang={language} dir="auto">
      <p>
        <strong>{feedback.summary}</strong>
      </p>
      <ul>
        {feedback.checks.map((c) => (
          <li key={c.id} data-check={c.id} data-state={!c.relevant ? 'not-needed' : c.done ? 'done' : 'missing'}>
            {!c.relevant ? '–' : c.done ? '✓' : '✗'} {t(`assignment.checks.${c.id}`)}: {c.message}
          </li>
        ))}
        {feedback.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
