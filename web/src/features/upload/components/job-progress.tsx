import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/states.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useJob } from './use-job.ts';

export function JobProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { job, error } = useJob(jobId);
  if (error) return <ErrorState error={error} />;
  const total = job?.total ?? 0;
  const processed = (job?.done ?? 0) + (job?.failed ?? 0);
  const finished = job?.status === 'done';
  const scored = job ? (job.callIds?.length ?? Math.max(0, job.done)) : 0;

  return (
    <section className="job" aria-labelledby="job-title" data-status={job?.status ?? 'queued'}>
      <h2 id="job-title">{finished ? t('upload.jobDone') : t('upload.jobRunning')}</h2>
      <progress max={Math.max(total, 1)} value={processed} aria-labelledby="job-title" />
      <p aria-live="polite" className="job-counts">
        {t('upload.progress', {
          processed: formatNumber(processed, locale),
          total: formatNumber(total, locale),
        })}{' '}
        · {t('upload.scored', { n: formatNumber(scored, locale) })} ·{' '}
        {t('upload.failed', { n: formatNumber(job?.failed ?? 0, locale) })}
      </p>
      {job && job.errors.length > 0 && (
        <div className="job-errors" role="alert">
          <h3>{t('upload.errorsTitle')}</h3>
          <ul>
            {job.errors.map((e, i) => (
              <li key={`${e.file}-${i}`}>
                {e.message.startsWith(e.file) ? (
                  <span dir="auto">{e.message}</span>
                ) : (
                  <>
                    <strong dir="auto">{e.file}</strong>: <span dir="auto">{e.message}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {finished && job.callIds.length > 0 && (
        <details>
          <summary>{t('upload.scoredCalls')}</summary>
          <ul className="call-links">
            {job.callIds.map((id) => (
              <li key={id}>
                <Link to={`/calls/${id}`}>{id}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
