import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { useAuth, useUser } from './auth.tsx';
import { navFor } from './nav.ts';

export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useAuth();
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {navFor(user.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(`nav.${item.key}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-end">
          <LanguageSwitcher />
          <span className="who" title={user.email}>
            <bdi>{user.name}</bdi> · {t(`roles.${user.role}`)}
          </span>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
