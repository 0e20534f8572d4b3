import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf, SESSION_COOKIE } from '../auth/hook.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { newSessionSecret, sha256 } from '../auth/secrets.ts';
import { AppError, notFound, tooMany } from '../errors.ts';
import { toPublicUser, type UserRow } from '../repos/users.ts';
import { Locale, Strict, Text, UserResponse } from './schemas.ts';

/** The user as /api/me shows it. */
export const meView = (u: UserRow) => {
  const { id, email, name, role, agentId, locale } = toPublicUser(u);
  return { id, email, name, role, agentId, locale };
};

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, config, loginLimiter } = app.ctx;

  app.post('/api/auth/login', {
    config: { auth: 'public' },
    schema: { body: Type.Object({ email: Text(320), password: Text(1000) }, Strict), response: { 200: UserResponse } },
  }, async (request, reply) => {
    const email = request.body.email.trim().toLowerCase();
    const key = `${request.ip}\u0000${email}`;
    const wait = loginLimiter.retryAfter(key);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw tooMany(`Too many failed sign-ins; try again in ${wait} s`);
    }
    const user = repos.users.byEmail(email);
    const ok = user && !user.disabled && (await verifyPassword(request.body.password, user.passwordHash));
    if (!ok || !user) {
      loginLimiter.fail(key);
      throw new AppError(401, 'auth.invalid_credentials', 'Wrong email or password');
    }
    loginLimiter.reset(key);
    const secret = newSessionSecret();
    const expires = new Date(Date.now() + config.sessionTtlHours * 3_600_000);
    app.ctx.db.transaction(() => {
      repos.sessions.create({ id: sha256(secret), userId: user.id, expiresAt: expires.toISOString() });
      repos.audit.record({ id: user.id, name: user.name }, 'auth.login');
    });
    reply.setCookie(SESSION_COOKIE, secret, {
      httpOnly: true, sameSite: 'lax', path: '/', secure: config.secureCookies, expires,
    });
    return { user: meView(user) };
  });

  app.post('/api/auth/logout', { config: { auth: 'public' }, schema: {} }, async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) repos.sessions.remove(sha256(secret));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/me', { schema: { response: { 200: UserResponse } } }, async (request) => {
    const p = principalOf(request);
    if (p.kind === 'token') return { user: { id: p.id, email: null, name: p.name, role: p.role, agentId: null, locale: 'en' as const } };
    const user = repos.users.byId(p.id);
    if (!user) throw notFound('user');
    return { user: meView(user) };
  });

  app.patch('/api/me', { schema: { body: Type.Object({ locale: Locale }, Strict), response: { 200: UserResponse } } }, async (request) => {
    const p = principalOf(request);
    if (p.kind !== 'user') throw new AppError(400, 'me.not_a_user', 'API tokens have no profile to change');
    return { user: meView(repos.users.update(p.id, { locale: request.body.locale })!) };
  });
};
