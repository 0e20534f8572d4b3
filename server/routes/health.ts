import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', {
    config: { auth: 'public' },
    schema: { response: { 200: Type.Object({ ok: Type.Boolean() }) } },
  }, async () => {
    app.ctx.db.$client.prepare('select 1').get();
    return { ok: true };
  });
};
