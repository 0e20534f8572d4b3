import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber } from '../../../lib/format.ts';
import { exportUrl, filtersFromSearch, type CallFilters } from '../api/list-calls.ts';
import { CallsTable } from './calls-table.tsx';
import { LoadMore } from './load-more.tsx';
import { QueueFilters } from './queue-filters.tsx';
import { useCallPages } from './use-call-pages.ts';

export function QueuePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const pages = useCallPages(filters);

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t('nav.queue')}</h1>
        <a className="button" href={exportUrl(filters)} download>
          {t('queue.exportCsv')}
        </a>
      </div>
      <QueueFilters key={params.toString()} value={filters} onChange={(next: CallFilters) => setParams(next)} />
      {pages.error !== undefined && !pages.calls ? (
        <ErrorState error={pages.error} onRetry={pages.reload} />
      ) : !pages.calls ? (
        <Loading />
      ) : pages.calls.length === 0 ? (
        <EmptyState title={t('queue.noMatches')} />
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('queue.showing', {
              shown: formatNumber(pages.calls.length, locale),
              total: formatNumber(pages.total ?? pages.calls.length, locale),
            })}
          </p>
          <CallsTable calls={pages.calls} showAgent />
          <LoadMore {...pages} />
        </>
      )}
    </section>
  );
}
