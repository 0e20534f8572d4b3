import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../auth/hook.ts';
import { hashPassword } from '../auth/passwords.ts';
import { newApiToken, sha256 } from '../auth/secrets.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { nowIso } from '../repos/ids.ts';
import { toPublicUser } from '../repos/users.ts';
import { IdParams, Role, Strict, Text } from './schemas.ts';

const ADMIN = { auth: ['admin'] as const };
const Email = Type.String({ minLength: 3, maxLength: 320, pattern: '^[^\\s@]+@[^\\s@]+$' });
const Password = Type.String({ minLength: 8, maxLength: 1000 });

/** Admin-only management of users and API tokens. */
export const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, db } = app.ctx;
  const checkAgent = (agentId: string | null | undefined) => {
    if (agentId && !repos.agents.byId(agentId)) throw badRequest('users.unknown_agent', `agentId: no agent "${agentId}"`);
  };

  app.get('/api/users', { config: ADMIN, schema: {} }, async () => ({ items: repos.users.list().map(toPublicUser) }));

  app.post('/api/users', {
    config: ADMIN,
    schema: { body: Type.Object({ email: Email, name: Text(200), role: Role, password: Password, agentId: Type.Optional(Type.Union([Type.String(), Type.Null()])) }, Strict) },
  }, async (request, reply) => {
    const { email, name, role, password, agentId } = request.body;
    if (repos.users.byEmail(email)) throw conflict('users.email_taken', `A user with email ${email} already exists`);
    checkAgent(agentId);
    const passwordHash = await hashPassword(password);
    const user = db.transaction(() => {
      const created = repos.users.create({ email, name, role, passwordHash, agentId });
      repos.audit.record(principalOf(request), 'user.created', { userId: created.id, email: created.email, role });
      return created;
    });
    return reply.status(201).send({ user: toPublicUser(user) });
  });

  app.patch('/api/users/:id', {
    config: ADMIN,
    schema: {
      params: IdParams,
      body: Type.Object({
        name: Type.Optional(Text(200)), role: Type.Optional(Role), agentId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
        disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Password),
      }, Strict),
    },
  }, async (request) => {
    if (!repos.users.byId(request.params.id)) throw notFound('user', 'users.not_found');
    const { password, ...rest } = request.body;
    checkAgent(rest.agentId);
    const patch = { ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) };
    const user = db.transaction(() => {
      const updated = Object.keys(patch).length ? repos.users.update(request.params.id, patch)! : repos.users.byId(request.params.id)!;
      if (password || rest.disabled) repos.sessions.removeForUser(updated.id);
      repos.audit.record(principalOf(request), 'user.updated', { userId: updated.id, fields: Object.keys(request.body) });
      return updated;
    });
    return { user: toPublicUser(user) };
  });

  app.get('/api/tokens', { config: ADMIN, schema: {} }, async () => ({
    items: repos.tokens.list().map(({ id, name, role, createdAt, lastUsedAt, revokedAt }) => ({ id, name, role, createdAt, lastUsedAt, revokedAt })),
  }));

  app.post('/api/tokens', {
    config: ADMIN,
    schema: { body: Type.Object({ name: Text(200), role: Type.Optional(Role) }, Strict) },
  }, async (request, reply) => {
    const token = newApiToken();
    const p = principalOf(request);
    const row = db.transaction(() => {
      const created = repos.tokens.create({ name: request.body.name, role: request.body.role ?? 'qa_lead', tokenHash: sha256(token), createdBy: p.userId });
      repos.audit.record(p, 'token.created', { tokenId: created.id, name: created.name, role: created.role });
      return created;
    });
    return reply.status(201).send({ id: row.id, name: row.name, role: row.role, token });
  });

  app.delete('/api/tokens/:id', { config: ADMIN, schema: { params: IdParams } }, async (request, reply) => {
    const row = repos.tokens.byId(request.params.id);
    if (!row) throw notFound('token', 'tokens.not_found');
    db.transaction(() => {
      if (!row.revokedAt) repos.tokens.revoke(row.id, nowIso());
      repos.audit.record(principalOf(request), 'token.revoked', { tokenId: row.id, name: row.name });
    });
    return reply.status(204).send();
  });
};
