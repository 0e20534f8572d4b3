import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../../components/states.tsx';
import { CallsTable } from './calls-table.tsx';
import { LoadMore } from './load-more.tsx';
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
