import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../app/auth.tsx';
import { AsyncBlock } from '../../../components/states.tsx';
import { TagChip } from '../../../components/tag-chip.tsx';
import { useErrorText } from '../../../components/use-error-text.ts';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { completeAssignment } from '../api/complete-assignment.ts';
import type { AssignmentDetail, SessionClip } from '../api/detail-types.ts';
import { getAssignment } from '../api/get-assignment.ts';
import { reviewClip } from '../api/review-clip.ts';
import { saveReflection } from '../api/save-reflection.ts';
import { AssignmentImpact } from './impact-table.tsx';
import { DrillForm } from './drill-form.tsx';

/** One assignment: the agent studies the clips, practises, reflects and completes; coaches follow along. */
export function AssignmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApi((signal) => getAssignment(id, signal), id);
  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/coaching">{t('assignment.back')}</Link>
      </p>
      <AsyncBlock state={state}>{(a) => <AssignmentView assignment={a} reload={state.reload} />}</AsyncBlock>
    </section>
  );
}

function AssignmentView({ assignment: a, reload }: { assignment: AssignmentDetail; reload: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const mine = user.role === 'agent' && a.status !== 'completed';
  const allReviewed = a.session.clips.every((c) => a.reviewedClipIds.includes(c.id));
  return (
    <>
      <h1 id="page-title" dir="auto">
        {a.session.title}
      </h1>
      <p className="muted">
        <bdi>{a.agent.name}</bdi> · {t('coaching.due', { date: formatDate(a.dueAt, locale) })} ·{' '}
        <span data-testid="assignment-status">{t(`assignment.status.${a.status}`)}</span>
        {a.overdue && <strong> · {t('assignment.overdue')}</strong>}
      </p>
      {a.session.description && <p dir="auto">{a.session.description}</p>}
      <p>
        {t('assignment.focus')}: {a.session.focusItems.map((id) => t(`items.${id}.name`)).join(' · ')}
      </p>
      <h2>{t('coaching.clips', { n: formatNumber(a.session.clips.length, locale) })}</h2>
      <ol className="card-list">
        {a.session.clips.map((clip) => (
          <ClipCard key={clip.id} assignment={a} clip={clip} canAct={mine} canDrill={user.role === 'agent'} reload={reload} />
        ))}
      </ol>
      <Reflection assignment={a} canAct={mine} allReviewed={allReviewed} reload={reload} />
      {/* Completing opens the "after" window: reload the figures when the status changes. */}
      <AssignmentImpact key={a.status} assignmentId={a.id} />
    </>
  );
}

function ClipCard({ assignment, clip, canAct, canDrill, reload }: { assignment: AssignmentDetail; clip: SessionClip; canAct: boolean; canDrill: boolean; reload: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);
  const reviewed = assignment.reviewedClipIds.includes(clip.id);
  const attempts = assignment.attempts.filter((x) => x.clipId === clip.id);
  async function markReviewed() {
    setError(undefined);
    try {
      await reviewClip(assignment.id, clip.id);
      reload();
    } catch (cause) {
      setError(cause);
    }
  }
  return (
    <li className="card" data-testid="clip">
      <h3>
        {t(clip.kind === 'good' ? 'coaching.good' : 'coaching.poor')} · <bdi>{clip.agent.name}</bdi>
      </h3>
      {clip.note && <p dir="auto">{clip.note}</p>}
      <ol className="excerpt" start={clip.fromTurn}>
        {clip.turns?.map((turn) => (
          <li key={turn.index} className={turn.index === clip.turn ? 'excerpt-focus' : undefined}>
            <strong>{t(`speakers.${turn.speaker}`)}:</strong>{' '}
            <span lang={clip.language} dir="auto">
              {turn.text}
            </span>{' '}
            {turn.tags.map((tag) => (
              <TagChip key={tag} tag={tag} />
            ))}
          </li>
        ))}
      </ol>
      {reviewed ? (
        <p className="form-ok">{t('assignment.reviewed')}</p>
      ) : (
        canAct && (
          <button type="button" onClick={markReviewed}>
            {t('assignment.markReviewed')}
          </button>
        )
      )}
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
      {canDrill && <DrillForm assignmentId={assignment.id} clipId={clip.id} onDone={reload} />}
      {attempts.length > 0 && <p className="muted">{t('assignment.attempts', { n: formatNumber(attempts.length, locale) })}</p>}
    </li>
  );
}

function Reflection({ assignment: a, canAct, allReviewed, reload }: { assignment: AssignmentDetail; canAct: boolean; allReviewed: boolean; reload: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState(a.reflection ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      reload();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }
  if (!canAct) {
    return (
      <>
        <h2>{t('assignment.reflection')}</h2>
        <p dir="auto">{a.reflection ?? '—'}</p>
        {a.completedAt && <p className="muted">{t('assignment.completedOn', { date: formatDate(a.completedAt, locale) })}</p>}
      </>
    );
  }
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); void run(() => completeAssignment(a.id, text.trim())); }}>
      <label>
        {t('assignment.reflection')}
        <textarea name="reflection" rows={4} value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
      </label>
      <div className="button-row">
        <button type="button" disabled={busy || !text.trim()} onClick={() => void run(() => saveReflection(a.id, text.trim()))}>
          {t('assignment.saveReflection')}
        </button>
        <button type="submit" className="primary" disabled={busy || !allReviewed || !text.trim()}>
          {t('assignment.complete')}
        </button>
      </div>
      {!allReviewed && <p className="muted">{t('assignment.reviewAllFirst')}</p>}
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
    </form>
  );
}
