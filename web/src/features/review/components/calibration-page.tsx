import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, formatPercent } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { getCalibration } from '../api/get-calibration.ts';

export function CalibrationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [range, setRange] = useState({ from: '', to: '' });
  const state = useApi((signal) => getCalibration(range, signal), JSON.stringify(range));
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.calibration')}</h1>
      <p className="muted">{t('calibration.intro')}</p>
      <div className="filters">
        <label>
          {t('queue.from')}
          <input type="date" value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />
        </label>
        <label>
          {t('queue.to')}
          <input type="date" value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />
        </label>
      </div>
      <AsyncBlock
        state={state}
        isEmpty={(d) => d.items.every((i) => i.reviewed === 0)}
        empty={<EmptyState title={t('calibration.none')} />}
      >
        {(data) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('calls.item')}</th>
                  <th scope="col" className="num">{t('calibration.reviewed')}</th>
                  <th scope="col" className="num">{t('calibration.agreement')}</th>
                  <th scope="col" className="num">{t('calibration.kappa')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.itemId}>
                    <th scope="row">{t(`items.${row.itemId}.name`)}</th>
                    <td className="num">{formatNumber(row.reviewed, locale)}</td>
                    <td className="num">{formatPercent(row.agreement, locale)}</td>
                    <td className="num">{formatNumber(row.kappa, locale, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncBlock>
      <p className="muted small">{t('calibration.kappaHelp')}</p>
    </section>
  );
}
