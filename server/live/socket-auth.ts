/**
 * Signs in a WebSocket upgrade: bearer header, `?token=`, or the session cookie. Failures become
 * close codes (the HTTP status can't reach most WebSocket clients in a readable way).
 */
import type { FastifyRequest } from 'fastify';
import { fromBearer, fromSession, SESSION_COOKIE } from '../auth/hook.ts';
import type { Principal, Role } from '../auth/principal.ts';
import { AppError } from '../errors.ts';
import type { Repos } from '../repos/index.ts';

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

export class SocketAuthError extends Error {
  constructor(readonly code: number, reason: string) {
    super(reason);
  }
}

function credential(request: FastifyRequest): { kind: 'token' | 'cookie'; value: string } | undefined {
  const header = request.headers.authorization;
  if (header) {
    const bearer = header.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!bearer) throw new SocketAuthError(CLOSE_UNAUTHORIZED, 'Authorization must be "Bearer <token>"');
    return { kind: 'token', value: bearer };
  }
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.token === 'string' && query.token !== '') return { kind: 'token', value: query.token };
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { kind: 'cookie', value: cookie } : undefined;
}

/** A cookie rides along with any page's socket; only our own pages may use it (no cross-site socket hijacking). */
function checkOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string | undefined;
  try { host = new URL(origin).host; } catch { host = undefined; }
  if (host !== request.headers.host) throw new SocketAuthError(CLOSE_FORBIDDEN, `origin ${origin} may not use this session`);
}

/** The caller of a socket upgrade, allowed one of `roles`; throws SocketAuthError with the close code and reason. */
export function authenticateSocket(request: FastifyRequest, repos: Repos, roles: readonly Role[]): Principal {
  const found = credential(request);
  if (!found) throw new SocketAuthError(CLOSE_UNAUTHORIZED, 'sign in first: send "Authorization: Bearer <token>", ?token=<token> or the session cookie');
  let principal: Principal | null;
  try {
    principal = found.kind === 'token' ? fromBearer(repos, found.value) : fromSession(repos, found.value);
  } catch (err) {
    if (err instanceof AppError) throw new SocketAuthError(CLOSE_UNAUTHORIZED, err.message);
    throw err;
  }
  if (!principal) throw new SocketAuthError(CLOSE_UNAUTHORIZED, 'your session has expired; sign in again');
  if (found.kind === 'cookie') checkOrigin(request);
  if (!roles.includes(principal.role)) throw new SocketAuthError(CLOSE_FORBIDDEN, `role ${principal.role} may not use this socket`);
  return principal;
}
