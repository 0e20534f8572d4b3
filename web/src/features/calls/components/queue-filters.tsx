import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/use-api.ts';
import { ITEM_IDS } from '../../../lib/types.ts';
import { listAgents } from '../api/list-agents.ts';
import { listTeams } from '../api/list-teams.ts';
import { CALL_FILTER_KEYS, type CallFilters } from '../api/list-calls.ts';

export function QueueFilters({ value, onChange }: { value: CallFilters; onChange: (next: CallFilters) => void }) {
  const { t } = useTranslation();
  const agents = useApi((signal) => listAgents(signal), 'agents');
  const teams = useApi((signal) => listTeams(signal), 'teams');
  const [draft, setDraft] = useState<CallFilters>(value);
  const set = (key: keyof CallFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: CallFilters = {};
    for (const key of CALL_FILTER_KEYS) if (draft[key]) next[key] = draft[key];
    onChange(next);
  }

  return (
    <form className="filters" onSubmit={submit} aria-label={t('queue.filters')}>
      <label>
        {t('calls.agent')}
        <select value={draft.agentId ?? ''} onChange={set('agentId')}>
          <option value="">{t('common.all')}</option>
          {agents.data?.items.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.team')}
        <select value={draft.teamId ?? ''} onChange={set('teamId')}>
          <option value="">{t('common.all')}</option>
          {teams.data?.items.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.from')}
        <input type="date" value={draft.from ?? ''} onChange={set('from')} />
      </label>
      <label>
        {t('queue.to')}
        <input type="date" value={draft.to ?? ''} onChange={set('to')} />
      </label>
      <label>
        {t('queue.minScore')}
        <input type="number" min={0} max={100} inputMode="numeric" value={draft.minScore ?? ''} onChange={set('minScore')} />
      </label>
      <label>
        {t('queue.maxScore')}
        <input type="number" min={0} max={100} inputMode="numeric" value={draft.maxScore ?? ''} onChange={set('maxScore')} />
      </label>
      <label>
        {t('queue.failingItem')}
        <select value={draft.failingItem ?? ''} onChange={set('failingItem')}>
          <option value="">{t('common.any')}</option>
          {ITEM_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`items.${id}.name`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calls.language')}
        <select value={draft.language ?? ''} onChange={set('language')}>
          <option value="">{t('common.any')}</option>
          {(['en', 'fa', 'ar'] as const).map((lang) => (
            <option key={lang} value={lang}>
              {t(`languages.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('calls.reviewed')}
        <select value={draft.reviewed ?? ''} onChange={set('reviewed')}>
          <option value="">{t('common.any')}</option>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      </label>
      <label>
        {t('calls.disputed')}
        <select value={draft.disputed ?? ''} onChange={set('disputed')}>
          <option value="">{t('common.any')}</option>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </select>
      </label>
      <label>
        {t('queue.search')}
        <input type="search" value={draft.q ?? ''} onChange={set('q')} />
      </label>
      <label>
        {t('queue.sort')}
        <select value={draft.sort ?? '-startedAt'} onChange={set('sort')}>
          <option value="-startedAt">{t('queue.sortNewest')}</option>
          <option value="startedAt">{t('queue.sortOldest')}</option>
          <option value="overall">{t('queue.sortLowest')}</option>
          <option value="-overall">{t('queue.sortHighest')}</option>
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t('queue.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({});
            onChange({});
          }}
        >
          {t('queue.clear')}
        </button>
      </div>
    </form>
  );
}
