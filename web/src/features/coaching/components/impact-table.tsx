import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncBlock } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, formatPercent } from '../../../lib/format.ts';
import type { ItemId } from '../../../lib/types.ts';
import { useApi } from '../../../lib/use-api.ts';
import type { WindowFigures } from '../api/detail-types.ts';
import { getAssignmentImpact } from '../api/get-assignment-impact.ts';

type Side = Pick<WindowFigures, 'calls' | 'items'>;

/** Focus items' pass rates before and after, and the change in points. */
export function ImpactTable({ focusItems, before, after, change }: { focusItems: ItemId[]; before: Side; after: Side | null; change: Partial<Record<ItemId, number | null>> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rate = (side: Side | null, id: ItemId) => {
    const r = side?.items[id]?.passRate;
    return formatPercent(r == null ? null : r / 100, locale, 1);
  };
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('calls.item')}</th>
          <th scope="col">{t('assignment.before', { n: formatNumber(before.calls, locale) })}</th>
          <th scope="col">{after ? t('assignment.after', { n: formatNumber(after.calls, locale) }) : t('assignment.afterPending')}</th>
          <th scope="col">{t('assignment.change')}</th>
        </tr>
      </thead>
      <tbody>
        {focusItems.map((id) => (
          <tr key={id}>
            <th scope="row">{t(`items.${id}.name`)}</th>
            <td>{rate(before, id)}</td>
            <td>{rate(after, id)}</td>
            <td>{change[id] == null ? '—' : formatNumber(change[id], locale, 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WeeksPicker({ weeks, onChange }: { weeks: number; onChange: (weeks: number) => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('assignment.weeks')}
      <select value={weeks} onChange={(e) => onChange(Number(e.target.value))}>
        {[2, 4, 8, 12].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AssignmentImpact({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const [weeks, setWeeks] = useState(4);
  const state = useApi((signal) => getAssignmentImpact(assignmentId, weeks, signal), `${assignmentId}:${weeks}`);
  return (
    <section aria-labelledby="impact-title">
      <h2 id="impact-title">{t('assignment.impact')}</h2>
      <WeeksPicker weeks={weeks} onChange={setWeeks} />
      <AsyncBlock state={state}>{(d) => <ImpactTable focusItems={d.focusItems} before={d.before} after={d.after} change={d.change} />}</AsyncBlock>
    </section>
  );
}
