import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth.tsx';
import { canOpen, homeFor } from '../../../app/nav.ts';
import { LanguageSwitcher } from '../../../components/language-switcher.tsx';
import { Loading } from '../../../components/states.tsx';
import { useErrorText } from '../../../components/use-error-text.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const { user, checking, signIn } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorText = useErrorText(error);

  if (checking) return <Loading />;
  if (user) {
    // Back to the page that asked for sign-in, when this person may open it.
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && canOpen(user.role, from.split('#')[0]) ? from : homeFor(user.role)} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <h1>{t('app.name')}</h1>
          <LanguageSwitcher />
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <form onSubmit={submit} noValidate={false}>
          <label>
            {t('auth.email')}
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              dir="ltr"
            />
          </label>
          <label>
            {t('auth.password')}
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              dir="ltr"
            />
          </label>
          {error !== undefined && (
            <p className="form-error" role="alert">
              {errorText}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
      </div>
    </main>
  );
}
