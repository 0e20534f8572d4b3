import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncBlock, EmptyState } from '../../../components/states.tsx';
import { useErrorText } from '../../../components/use-error-text.ts';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useApi } from '../../../lib/use-api.ts';
import { createToken, listTokens, revokeToken } from '../api/tokens.ts';

export function TokensSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useApi((signal) => listTokens(signal), 'tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const token = await createToken(name.trim());
      setCreated(token.token);
      setName('');
      state.reload();
    } catch (cause) {
      setError(cause);
    }
  }

  async function revoke(id: string) {
    try {
      await revokeToken(id);
      state.reload();
    } catch (cause) {
      setError(cause);
    }
  }

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('admin.tokens')}</h2>
      <form className="filters" onSubmit={submit} aria-label={t('admin.newToken')}>
        <label>
          {t('admin.tokenName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary">
            {t('admin.createToken')}
          </button>
        </div>
      </form>
      {created && (
        <div className="token-once" role="status">
          <p>{t('admin.tokenOnce')}</p>
          <code dir="ltr">{created}</code>
        </div>
      )}
      {error !== undefined && (
        <p className="form-error" role="alert">
          {errorText}
        </p>
      )}
      <AsyncBlock state={state} isEmpty={(d) => d.length === 0} empty={<EmptyState title={t('admin.noTokens')} />}>
        {(tokens) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.tokenName')}</th>
                <th scope="col">{t('admin.created')}</th>
                <th scope="col">{t('admin.lastUsed')}</th>
                <th scope="col">{t('admin.state')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{formatDateTime(token.createdAt, locale)}</td>
                  <td>{formatDateTime(token.lastUsedAt, locale)}</td>
                  <td>
                    {token.revokedAt ? (
                      t('admin.revoked')
                    ) : (
                      <button type="button" onClick={() => void revoke(token.id)} aria-label={t('admin.revokeNamed', { name: token.name })}>
                        {t('admin.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncBlock>
    </section>
  );
}
