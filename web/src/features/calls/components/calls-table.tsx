import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon.tsx';
import { StatusBadge, statusKey } from '../../../components/status-badge.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDateTime, formatDuration, formatNumber } from '../../../lib/format.ts';
import { ITEM_IDS, type CallSummary } from '../../../lib/types.ts';

export function CallsTable({ calls, showAgent }: { calls: CallSummary[]; showAgent: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-wrap">
      <table className="calls-table">
        <caption className="visually-hidden">{t('calls.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calls.call')}</th>
            {showAgent && <th scope="col">{t('calls.agent')}</th>}
            <th scope="col">{t('calls.started')}</th>
            <th scope="col">{t('calls.duration')}</th>
            <th scope="col">{t('calls.language')}</th>
            <th scope="col" className="num">{t('calls.overall')}</th>
            <th scope="col">{t('calls.items')}</th>
            <th scope="col">{t('calls.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.id}>
              <th scope="row">
                <Link to={`/calls/${call.id}`}>{call.externalId ?? call.id}</Link>
              </th>
              {showAgent && <td>{call.agent.name}</td>}
              <td>{formatDateTime(call.startedAt, locale)}</td>
              <td>{formatDuration(call.durationSec, locale)}</td>
              <td>{t(`languages.${call.language}`)}</td>
              <td className="num">
                <strong>{formatNumber(call.overall, locale)}</strong>
              </td>
              <td>
                <ul className="item-strip" aria-label={t('calls.items')}>
                  {ITEM_IDS.filter((id) => call.items[id]).map((id) => (
                    <li key={id} title={`${t(`items.${id}.name`)}: ${t(statusKey(call.items[id]!))}`}>
                      <span className="item-strip-name" aria-hidden="true">{t(`items.${id}.short`)}</span>
                      <span className="visually-hidden">{t(`items.${id}.name`)}</span>
                      <StatusBadge status={call.items[id]!} compact />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {call.reviewed && (
                  <span className="flag">
                    <Icon name="review" /> {t('calls.reviewed')}
                  </span>
                )}
                {call.disputed && (
                  <span className="flag">
                    <Icon name="dispute" /> {t('calls.disputed')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
