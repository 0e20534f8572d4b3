import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { agentScope, principalOf } from '../auth/hook.ts';

export const agentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos } = app.ctx;
  app.get('/api/agents', { schema: {} }, async (request) => ({ items: repos.agents.list(agentScope(principalOf(request))) }));
  app.get('/api/teams', { schema: {} }, async () => ({ items: repos.agents.listTeams() }));
};
