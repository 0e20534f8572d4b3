import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, UNAUTHORIZED_EVENT } from '../lib/api.ts';
import { ApiError } from '../lib/api-client.ts';
import type { Locale } from '../lib/format.ts';
import type { User } from '../lib/types.ts';
import { applyLocale, takeSignedOutChoice } from './i18n.ts';

interface AuthState {
  user: User | null;
  /** True until the first `GET /api/me` has answered. */
  checking: boolean;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  setLocale: (locale: Locale) => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(true);

  const adopt = useCallback((next: User | null) => {
    setUser(next);
    if (next) applyLocale(next.locale);
  }, []);

  useEffect(() => {
    api
      .get<{ user: User }>('/api/me')
      .then(({ user: me }) => adopt(me))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) console.warn('Could not load the session', error);
        adopt(null);
      })
      .finally(() => setChecking(false));
    const onUnauthorized = () => setUser(null);
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [adopt]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { user: me } = await api.post<{ user: User }>('/api/auth/login', { email, password });
      // A language picked on the sign-in page is this person's choice: it goes to their profile.
      const chosen = takeSignedOutChoice();
      if (chosen && chosen !== me.locale) {
        const saved = await api.patch<{ user: User }>('/api/me', { locale: chosen }).catch(() => null);
        const next = saved?.user ?? { ...me, locale: chosen };
        adopt(next);
        return next;
      }
      adopt(me);
      return me;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    setUser(null);
  }, []);

  const setLocale = useCallback(
    async (locale: Locale) => {
      applyLocale(locale, { chosenSignedOut: !user });
      if (!user) return;
      const { user: me } = await api.patch<{ user: User }>('/api/me', { locale });
      setUser(me);
    },
    [user],
  );

  const value = useMemo(
    () => ({ user, checking, signIn, signOut, setLocale }),
    [user, checking, signIn, signOut, setLocale],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}

/** The signed-in user; only for pages behind <RequireAuth>. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser called without a signed-in user');
  return user;
}
