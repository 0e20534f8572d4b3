import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '../components/states.tsx';
import { useAuth } from './auth.tsx';
import { canOpen, homeFor } from './nav.ts';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, checking } = useAuth();
  const location = useLocation();
  if (checking) return <Loading />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.hash }} />;
  return <>{children}</>;
}

/** Pages outside a role's navigation say so instead of failing on 403s. */
export function RequireRole({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  if (user && !canOpen(user.role, location.pathname)) {
    return <EmptyState title={t('errors.status.403')} />;
  }
  return <>{children}</>;
}

export function HomeRedirect() {
  const { user } = useAuth();
  return <Navigate to={user ? homeFor(user.role) : '/login'} replace />;
}
