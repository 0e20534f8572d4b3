import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden, unauthorized } from '../errors.ts';
import type { Repos } from '../repos/index.ts';
import { nowIso } from '../repos/ids.ts';
import type { Principal, Role } from './principal.ts';
import { sha256 } from './secrets.ts';

export const SESSION_COOKIE = 'attune_session';
export const CSRF_HEADER = 'x-attune-csrf';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** 'public': no sign-in needed; 'socket': the WebSocket route signs in itself (to close with a code); a list: only these roles; absent: any signed-in role. */
    auth?: 'public' | 'socket' | readonly Role[];
  }
}

export function fromBearer(repos: Repos, token: string): Principal {
  const row = repos.tokens.byHash(sha256(token));
  if (!row) throw new AppError(401, 'auth.invalid_token', 'Unknown API token');
  if (row.revokedAt) throw new AppError(401, 'auth.token_revoked', 'This API token was revoked');
  repos.tokens.touch(row.id, nowIso());
  return { kind: 'token', id: row.id, userId: null, name: `token:${row.name}`, role: row.role, agentId: null };
}

export function fromSession(repos: Repos, secret: string): Principal | null {
  const found = repos.sessions.findActive(sha256(secret), nowIso());
  if (!found || found.user.disabled) return null;
  const u = found.user;
  return { kind: 'user', id: u.id, userId: u.id, name: u.name, role: u.role, agentId: u.agentId };
}

/** Resolves who is calling and enforces sign-in, roles and the CSRF header; runs before the body is read. */
export function createAuthHook(repos: Repos) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
    request.principal = null;
    if (!request.url.startsWith('/api/') || request.routeOptions.config?.auth === 'socket') return;
    const header = request.headers.authorization;
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const cookie = request.cookies[SESSION_COOKIE];
    const rule = request.routeOptions.config?.auth;
    if (header && !bearer) throw new AppError(401, 'auth.invalid_token', 'Authorization must be "Bearer <token>"');
    if (bearer) request.principal = fromBearer(repos, bearer);
    else if (cookie) request.principal = fromSession(repos, cookie);
    if (!bearer && cookie && MUTATING.has(request.method) && request.headers[CSRF_HEADER] !== '1') {
      throw new AppError(403, 'auth.csrf', `Cookie-authenticated ${request.method} requests need the header X-Attune-CSRF: 1`);
    }
    if (rule === 'public') return;
    if (!request.principal) {
      throw cookie ? new AppError(401, 'auth.session_expired', 'Your session has expired; sign in again') : unauthorized();
    }
    if (rule && !rule.includes(request.principal.role)) throw forbidden();
  };
}

/** The caller, for routes that require sign-in (the hook guarantees it). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}

/** The only agent whose data this caller may see, or undefined for everyone. */
export function agentScope(p: Principal): string | undefined {
  return p.role === 'agent' ? (p.agentId ?? '') : undefined;
}
