import { useCallback, useEffect, useState } from 'react';
import type { CallSummary } from '../../../lib/types.ts';
import { listCalls, type CallFilters } from '../api/list-calls.ts';

/** Cursor pagination: the first page per filter set, then "load more" appends. */
export function useCallPages(filters: CallFilters) {
  const key = JSON.stringify(filters);
  // Calls are kept with the filters they answer, so a new filter never shows the old rows.
  const [pages, setPages] = useState<{ key: string; calls: CallSummary[] }>();
  const [total, setTotal] = useState<number>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    listCalls(JSON.parse(key) as CallFilters, null, controller.signal)
      .then((page) => {
        setPages({ key, calls: page.items });
        setCursor(page.nextCursor);
        setTotal(page.total);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(cause);
      });
    return () => controller.abort();
  }, [key, version]);

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const page = await listCalls(JSON.parse(key) as CallFilters, cursor);
      setPages((previous) => ({ key, calls: [...(previous?.key === key ? previous.calls : []), ...page.items] }));
      setCursor(page.nextCursor);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const calls = pages?.key === key ? pages.calls : undefined;
  return { calls, total, hasMore: cursor !== null, error, loadingMore, loadMore, reload };
}
