import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { CallsTable } from './calls-table.tsx';
import { useCallPages } from './use-call-pages.ts';

const NO_FILTERS = {};

export function MyCallsPage() {
  const { t } = useTranslation();
  const pages = useCallPages(NO_FILTERS);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.myCalls')}</h1>
      <p className="muted">{t('calls.myCallsIntro')}</p>
      {pages.error !== undefined && !pages.calls ? (
        <ErrorState error={pages.error} onRetry={pages.reload} />
      ) : !pages.calls ? (
        <Loading />
      ) : pages.calls.length === 0 ? (
        <EmptyState title={t('calls.noneYet')} />
      ) : (
        <>
          <CallsTable calls={pages.calls} showAgent={false} />
          <LoadMore {...pages} />
        </>
      )}
    </section>
  );
}

export function LoadMore({
  hasMore,
  loadingMore,
  loadMore,
  error,
}: {
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => Promise<void>;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      {error !== undefined && <ErrorState error={error} />}
      {hasMore && (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t('common.loading') : t('calls.loadMore')}
        </button>
      )}
    </div>
  );
}
