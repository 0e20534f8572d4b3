import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../lib/use-api.ts';
import { ITEM_IDS } from '../../../lib/types.ts';
import { SelectField } from '../../../components/select-field.tsx';
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

  const yesNo = [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
  return (
    <form className="filters" onSubmit={submit} aria-label={t('queue.filters')}>
      <SelectField label={t('calls.agent')} value={draft.agentId ?? ''} onChange={set('agentId')} emptyLabel={t('common.all')}
        options={(agents.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} />
      <SelectField label={t('queue.team')} value={draft.teamId ?? ''} onChange={set('teamId')} emptyLabel={t('common.all')}
        options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))} />
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
      <SelectField label={t('queue.failingItem')} value={draft.failingItem ?? ''} onChange={set('failingItem')} emptyLabel={t('common.any')}
        options={ITEM_IDS.map((id) => ({ value: id, label: t(`items.${id}.name`) }))} />
      <SelectField label={t('calls.language')} value={draft.language ?? ''} onChange={set('language')} emptyLabel={t('common.any')}
        options={(['en', 'fa', 'ar'] as const).map((lang) => ({ value: lang, label: t(`languages.${lang}`) }))} />
      <SelectField label={t('calls.reviewed')} value={draft.reviewed ?? ''} onChange={set('reviewed')} emptyLabel={t('common.any')} options={yesNo} />
      <SelectField label={t('calls.disputed')} value={draft.disputed ?? ''} onChange={set('disputed')} emptyLabel={t('common.any')} options={yesNo} />
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
