import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/states.tsx';

/** The next page of a cursor-paginated list, on request. */
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
