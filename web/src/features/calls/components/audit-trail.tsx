import { useTranslation } from 'react-i18next';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { getAudit } from '../api/get-audit.ts';

/** Who did what to this call; `version` changes after each review action. */
export function AuditTrail({ callId, version }: { callId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const state = useApi((signal) => getAudit(callId, signal), `${callId}:${version}`);
  return (
    <section className="audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('review.auditTrail')}</h2>
      <AsyncBlock state={state} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('review.noAudit')} />}>
        {(data) => (
          <ol className="audit-list">
            {data.items.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>{' '}
                <strong>{entry.actor?.name ?? t('review.system')}</strong>{' '}
                {i18n.exists(`audit.${entry.action.replace(/\./g, '_')}`)
                  ? t(`audit.${entry.action.replace(/\./g, '_')}`)
                  : entry.action}
                {describeDetail(entry.detail) && <span className="muted" dir="auto"> — {describeDetail(entry.detail)}</span>}
              </li>
            ))}
          </ol>
        )}
      </AsyncBlock>
    </section>
  );
}

function describeDetail(detail: unknown): string {
  if (!detail || typeof detail !== 'object') return typeof detail === 'string' ? detail : '';
  const record = detail as Record<string, unknown>;
  return ['itemId', 'status', 'score', 'decision', 'reason', 'note']
    .filter((key) => record[key] !== undefined && record[key] !== null)
    .map((key) => String(record[key]))
    .join(' · ');
}
