import { useTranslation } from 'react-i18next';
import { errorMessageKey, showsServerDetail } from '../lib/api-client.ts';

/** A person-readable sentence for any error, with the server's detail when it helps. */
export function useErrorText(error: unknown): string {
  const { t, i18n } = useTranslation();
  if (!error) return '';
  const key = errorMessageKey(error, (k) => i18n.exists(k));
  const text = t(key);
  return showsServerDetail(error) ? `${text} ${error.message}` : text;
}
