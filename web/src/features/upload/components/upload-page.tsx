import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/use-error-text.ts';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, guessFormat } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { listAgents } from '../api/list-agents.ts';
import { startBulkUpload } from '../api/start-bulk-upload.ts';
import { DropZone } from './drop-zone.tsx';
import { JobProgress } from './job-progress.tsx';

const FORMATS = ['auto', 'json', 'text', 'vtt', 'srt', 'csv', 'aws', 'deepgram', 'assemblyai', 'whisper'];

export function UploadPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState('auto');
  const [language, setLanguage] = useState('auto');
  const [agentSpeaker, setAgentSpeaker] = useState('');
  const [agentId, setAgentId] = useState('');
  const agents = useApi((signal) => listAgents(signal), 'agents');
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);

  async function upload() {
    setBusy(true);
    setError(undefined);
    try {
      const { jobId: id } = await startBulkUpload(files, { format, language, agentSpeaker: agentSpeaker.trim(), agentId });
      setJobId(id);
      setFiles([]);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="page-title" className="upload-page">
      <h1 id="page-title">{t('nav.upload')}</h1>
      <DropZone onFiles={(added) => setFiles((current) => [...current, ...added])} />
      <div className="filters">
        <label>
          {t('upload.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f === 'auto' ? t('upload.autoDetect') : f}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('calls.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="auto">{t('upload.autoDetect')}</option>
            {(['en', 'fa', 'ar'] as const).map((lang) => (
              <option key={lang} value={lang}>
                {t(`languages.${lang}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('upload.agent')}
          <select value={agentId} onChange={(e) => setAgentId(e.target.value)}>
            <option value="">{t('upload.agentFromFile')}</option>
            {agents.data?.items.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('upload.agentSpeaker')}
          <input value={agentSpeaker} onChange={(e) => setAgentSpeaker(e.target.value)} placeholder="spk_0" dir="ltr" />
        </label>
      </div>
      {files.length > 0 && (
        <div className="file-list">
          <h2>{t('upload.selected', { n: formatNumber(files.length, locale) })}</h2>
          <ul>
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`}>
                <span dir="auto">{file.name}</span>{' '}
                <span className="muted">
                  {t('upload.detected', { format: guessFormat(file.name) === 'auto' ? t('upload.autoDetect') : guessFormat(file.name) })}{' '}
                  · {formatNumber(file.size / 1024, locale, 1)} KB
                </span>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setFiles((current) => current.filter((_, j) => j !== i))}
                  aria-label={t('upload.remove', { name: file.name })}
                >
                  {t('common.remove')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => void upload()} disabled={busy}>
            {busy ? t('upload.uploading') : t('upload.start', { n: formatNumber(files.length, locale) })}
          </button>
        </div>
      )}
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
      {jobId && <JobProgress key={jobId} jobId={jobId} />}
    </section>
  );
}
