import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { TagChip } from '../../../components/tag-chip.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDate, formatNumber, formatTurn } from '../../../lib/format.ts';
import { ITEM_IDS, TAGS } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import { listCoachableAgents } from '../api/list-coachable-agents.ts';
import { searchMoments, type MomentQuery } from '../api/search-moments.ts';
import type { Clip, ClipKind, Moment } from '../api/types.ts';
import { SessionBuilder } from './session-builder.tsx';
import { SelectField } from '../../../components/select-field.tsx';

export function MomentsPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MomentQuery>({});
  const [query, setQuery] = useState<MomentQuery>({});
  const [clips, setClips] = useState<Clip[]>([]);
  const agents = useApi((signal) => listCoachableAgents(signal), 'agents');
  const state = useApi((signal) => searchMoments(query, null, signal), JSON.stringify(query));
  const set = (key: keyof MomentQuery) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value || undefined }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery(draft);
  }
  function addClip(moment: Moment, kind: ClipKind) {
    setClips((current) =>
      current.some((c) => c.callId === moment.callId && c.turn === moment.turn)
        ? current
        : [...current, { callId: moment.callId, turn: moment.turn, text: moment.text, note: '', kind }],
    );
  }

  return (
    <div className="two-pane">
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t('nav.moments')}</h1>
        <p className="muted">{t('moments.intro')}</p>
        <form className="filters" onSubmit={submit} aria-label={t('moments.search')}>
          <SelectField label={t('moments.tag')} value={draft.tag ?? ''} onChange={set('tag')} emptyLabel={t('common.any')}
            options={TAGS.map((tag) => ({ value: tag, label: t(`tags.${tag.replace(':', '_')}`) }))} />
          <SelectField label={t('calls.item')} value={draft.item ?? ''} onChange={set('item')} emptyLabel={t('common.any')}
            options={ITEM_IDS.map((id) => ({ value: id, label: t(`items.${id}.name`) }))} />
          <SelectField label={t('moments.itemStatus')} value={draft.status ?? ''} onChange={set('status')} emptyLabel={t('common.any')}
            options={(['pass', 'warn', 'fail'] as const).map((st) => ({ value: st, label: t(`status.${st}`) }))} />
          <SelectField label={t('calls.language')} value={draft.language ?? ''} onChange={set('language')} emptyLabel={t('common.any')}
            options={(['en', 'fa', 'ar'] as const).map((lang) => ({ value: lang, label: t(`languages.${lang}`) }))} />
          <SelectField label={t('calls.agent')} value={draft.agentId ?? ''} onChange={set('agentId')} emptyLabel={t('common.all')}
            options={(agents.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} />
          <label>
            {t('moments.from')}
            <input type="date" value={draft.from ?? ''} onChange={set('from')} />
          </label>
          <label>
            {t('moments.to')}
            <input type="date" value={draft.to ?? ''} onChange={set('to')} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              name="afterNegativeEmotion"
              checked={draft.afterNegativeEmotion === 'true'}
              onChange={(e) => setDraft((d) => ({ ...d, afterNegativeEmotion: e.target.checked ? 'true' : undefined }))}
            />
            {t('moments.afterNegativeEmotion')}
          </label>
          <div className="filter-actions">
            <button type="submit" className="primary">
              {t('moments.search')}
            </button>
          </div>
        </form>
        {state.error ? (
          <ErrorState error={state.error} onRetry={state.reload} />
        ) : !state.data ? (
          <Loading />
        ) : state.data.items.length === 0 ? (
          <EmptyState title={t('moments.none')} />
        ) : (
          <ul className="card-list">
            {state.data.items.map((moment) => (
              <MomentCard key={`${moment.callId}-${moment.turn}`} moment={moment} onAdd={addClip} />
            ))}
          </ul>
        )}
      </section>
      <SessionBuilder clips={clips} onClipsChange={setClips} agents={agents.data?.items ?? []} />
    </div>
  );
}

function MomentCard({ moment, onAdd }: { moment: Moment; onAdd: (moment: Moment, kind: ClipKind) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="card">
      <p className="muted">
        <Link to={`/calls/${moment.callId}#turn-${moment.turn}`}>
          {t('call.title', { id: moment.externalId ?? moment.callId })} · {t('call.turn', { n: formatTurn(moment.turn, locale) })}
        </Link>{' '}
        · <bdi>{moment.agent.name}</bdi> · {formatDate(moment.startedAt, locale)}
      </p>
      <blockquote lang={moment.language} dir="auto">
        {moment.text}
      </blockquote>
      <div className="turn-tags">
        {moment.tags.map((tag) => (
          <TagChip key={tag} tag={tag} />
        ))}
        {moment.itemId && moment.status && (
          <span>
            {t(`items.${moment.itemId}.name`)} <StatusBadge status={moment.status} />
          </span>
        )}
      </div>
      <div className="button-row">
        <button type="button" onClick={() => onAdd(moment, 'good')}>
          {t('coaching.addGood')}
        </button>
        <button type="button" onClick={() => onAdd(moment, 'poor')}>
          {t('coaching.addPoor')}
        </button>
      </div>
    </li>
  );
}
