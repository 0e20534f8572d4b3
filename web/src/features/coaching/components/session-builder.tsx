import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/use-error-text.ts';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, formatTurn } from '../../../lib/format.ts';
import { ITEM_IDS, type AgentRow, type ItemId } from '../../../lib/types.ts';
import { assignSession } from '../api/assign-session.ts';
import { createSession } from '../api/create-session.ts';
import type { Clip, ClipKind } from '../api/types.ts';

interface Props {
  clips: Clip[];
  onClipsChange: (clips: Clip[]) => void;
  agents: AgentRow[];
}

/** Clips with notes → a session → assigned to agents with a due date. */
export function SessionBuilder({ clips, onClipsChange, agents }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [agentIds, setAgentIds] = useState<string[]>([]);
  const [focusItems, setFocusItems] = useState<ItemId[]>([]);
  const [dueAt, setDueAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);

  const update = (index: number, patch: Partial<Clip>) =>
    onClipsChange(clips.map((clip, i) => (i === index ? { ...clip, ...patch } : clip)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const session = await createSession({
        title: title.trim(),
        description: description.trim(),
        ...(focusItems.length > 0 ? { focusItems } : {}),
        clips: clips.map(({ callId, turn, note, kind }) => ({ callId, turn, note, kind })),
      });
      if (agentIds.length > 0) await assignSession(session.id, { agentIds, dueAt: dueAt || null });
      setSaved(true);
      onClipsChange([]);
      setTitle('');
      setDescription('');
      setAgentIds([]);
      setFocusItems([]);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="builder" aria-labelledby="builder-title">
      <h2 id="builder-title">{t('coaching.builder')}</h2>
      <form onSubmit={submit} className="stack">
        <label>
          {t('coaching.title')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label>
          {t('coaching.description')}
          <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <h3>{t('coaching.clips', { n: formatNumber(clips.length, locale) })}</h3>
        {clips.length === 0 ? (
          <p className="muted">{t('coaching.noClips')}</p>
        ) : (
          <ol className="clip-list">
            {clips.map((clip, i) => (
              <li key={`${clip.callId}-${clip.turn}`} className="card">
                <p className="muted">
                  {t('call.turn', { n: formatTurn(clip.turn, locale) })} ·{' '}
                  <span dir="auto">{clip.text?.slice(0, 120)}</span>
                </p>
                <label>
                  {t('coaching.kind')}
                  <select value={clip.kind} onChange={(e) => update(i, { kind: e.target.value as ClipKind })}>
                    <option value="good">{t('coaching.good')}</option>
                    <option value="poor">{t('coaching.poor')}</option>
                  </select>
                </label>
                <label>
                  {t('coaching.note')}
                  <textarea rows={2} value={clip.note} onChange={(e) => update(i, { note: e.target.value })} />
                </label>
                <button type="button" className="link-button" onClick={() => onClipsChange(clips.filter((_, j) => j !== i))}>
                  {t('common.remove')}
                </button>
              </li>
            ))}
          </ol>
        )}
        <fieldset>
          <legend>{t('coaching.focusItems')}</legend>
          <p className="muted">{t('coaching.focusHint')}</p>
          {ITEM_IDS.map((id) => (
            <label key={id} className="check">
              <input
                type="checkbox"
                name="focusItem"
                value={id}
                checked={focusItems.includes(id)}
                onChange={(e) => setFocusItems((ids) => (e.target.checked ? [...ids, id] : ids.filter((x) => x !== id)))}
              />
              {t(`items.${id}.name`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('coaching.assignTo')}</legend>
          {agents.length === 0 && <p className="muted">{t('coaching.noAgents')}</p>}
          {agents.map((agent) => (
            <label key={agent.id} className="check">
              <input
                type="checkbox"
                checked={agentIds.includes(agent.id)}
                onChange={(e) =>
                  setAgentIds((ids) => (e.target.checked ? [...ids, agent.id] : ids.filter((id) => id !== agent.id)))
                }
              />
              {agent.name}
            </label>
          ))}
        </fieldset>
        <label>
          {t('coaching.dueDate')}
          <input type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        </label>
        {error !== undefined && (
          <p className="form-error" role="alert">
            {errorText}
          </p>
        )}
        {saved && (
          <p className="form-ok" role="status">
            {t('coaching.saved')}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || clips.length === 0 || !title.trim()}>
          {t('coaching.save')}
        </button>
      </form>
    </aside>
  );
}
