import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../auth/hook.ts';
import { REVIEWERS } from '../auth/principal.ts';
import { badRequest } from '../errors.ts';
import { ITEM_IDS, type Rubric } from '../scoring/types.ts';
import { Strict } from './schemas.ts';

const ItemSetting = Type.Object({ enabled: Type.Boolean(), weight: Type.Number({ minimum: 0, maximum: 100 }) }, Strict);
const Num = (min: number, max: number) => Type.Number({ minimum: min, maximum: max });
const RubricBody = Type.Object({
  items: Type.Object(Object.fromEntries(ITEM_IDS.map((id) => [id, Type.Optional(ItemSetting)])), Strict),
  thresholds: Type.Object({
    overlapSec: Type.Optional(Num(0, 10)), interruptionWarnAt: Type.Optional(Num(0, 100)), interruptionFailAt: Type.Optional(Num(0, 100)),
    maxTalkShare: Type.Optional(Num(0, 1)), maxMonologueSec: Type.Optional(Num(1, 3600)), minWpm: Type.Optional(Num(0, 1000)), maxWpm: Type.Optional(Num(0, 1000)),
    maxAdviceShare: Type.Optional(Num(0, 1)),
  }, Strict),
}, Strict);

export const rubricRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, db, jobs } = app.ctx;

  app.get('/api/rubric', { schema: {} }, async () => repos.rubric.current());
  app.get('/api/rubric/versions', { schema: {} }, async () => ({ items: repos.rubric.versions() }));

  /** A new version (missing items/thresholds keep their current values), then every call is re-scored in the background. */
  app.put('/api/rubric', { config: { auth: REVIEWERS }, schema: { body: RubricBody } }, async (request, reply) => {
    const p = principalOf(request);
    const current = repos.rubric.current();
    const next: Omit<Rubric, 'version'> = {
      items: { ...current.items, ...request.body.items } as Rubric['items'],
      thresholds: { ...current.thresholds, ...request.body.thresholds },
    };
    if (next.thresholds.interruptionFailAt < next.thresholds.interruptionWarnAt) throw badRequest('rubric.invalid', 'thresholds.interruptionFailAt must be ≥ interruptionWarnAt');
    if (next.thresholds.maxWpm < next.thresholds.minWpm) throw badRequest('rubric.invalid', 'thresholds.maxWpm must be ≥ minWpm');
    if (!Object.values(next.items).some((i) => i.enabled && i.weight > 0)) throw badRequest('rubric.invalid', 'items: at least one item must be enabled with a weight above 0');
    const { rubric, jobId } = db.transaction(() => {
      const added = repos.rubric.add(next, p.userId);
      const job = repos.jobs.createRescore(added.version, p.userId);
      repos.audit.record(p, 'rubric.updated', { version: added.version, jobId: job });
      return { rubric: added, jobId: job };
    });
    jobs.kick();
    return reply.status(202).send({ rubric, jobId });
  });
};
