import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { agentScope, principalOf } from '../auth/hook.ts';
import { REVIEWERS } from '../auth/principal.ts';
import { conflict, notFound } from '../errors.ts';
import type { AppContext } from '../app.ts';
import type { Scorecard } from '../scoring/types.ts';
import { callFor } from './call-access.ts';
import { IdParams, ItemId, ItemStatus, Strict, Text } from './schemas.ts';

const Score = Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()]);
const DisputeStatus = Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('rejected')]);

/** The automatic status of an item on the call's latest scorecard. */
function autoStatusOf(ctx: AppContext, callId: string, itemId: string): string {
  const card = ctx.repos.calls.latestScorecard(callId);
  const items = card ? (JSON.parse(card.items) as Scorecard['items']) : [];
  return items.find((i) => i.id === itemId)?.status ?? 'n/a';
}

/** QA overrides, agent disputes and their resolution; every step goes to the audit log. */
export const reviewsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { repos, db } = app.ctx;

  app.post('/api/calls/:id/overrides', {
    config: { auth: REVIEWERS },
    schema: { params: IdParams, body: Type.Object({ itemId: ItemId, status: ItemStatus, score: Type.Optional(Score), reason: Text(2000) }, Strict) },
  }, async (request, reply) => {
    const p = principalOf(request);
    const call = callFor(repos.calls, p, request.params.id);
    const { itemId, status, score = null, reason } = request.body;
    const id = db.transaction(() => {
      const autoStatus = autoStatusOf(app.ctx, call.id, itemId);
      const created = repos.reviews.addOverride({ callId: call.id, itemId, status, score, autoStatus, reason, byUserId: p.userId });
      repos.calls.refreshSummary(call.id);
      repos.audit.record(p, 'override.created', { overrideId: created, itemId, status, score, autoStatus, reason }, call.id);
      return created;
    });
    return reply.status(201).send(repos.reviews.overrideById(id));
  });

  app.post('/api/calls/:id/disputes', {
    config: { auth: ['agent'] },
    schema: { params: IdParams, body: Type.Object({ itemId: ItemId, reason: Text(2000) }, Strict) },
  }, async (request, reply) => {
    const p = principalOf(request);
    const call = callFor(repos.calls, p, request.params.id);
    const { itemId, reason } = request.body;
    if (repos.reviews.disputesFor(call.id).some((d) => d.itemId === itemId && d.status === 'open')) {
      throw conflict('disputes.already_open', `An open dispute on ${itemId} already exists for this call`);
    }
    const id = db.transaction(() => {
      const created = repos.reviews.openDispute({ callId: call.id, itemId, reason, byUserId: p.userId });
      repos.calls.setDisputed(call.id, true);
      repos.audit.record(p, 'dispute.opened', { disputeId: created, itemId, reason }, call.id);
      return created;
    });
    return reply.status(201).send(repos.reviews.disputeById(id));
  });

  app.get('/api/disputes', {
    schema: { querystring: Type.Object({ status: Type.Optional(DisputeStatus) }, Strict) },
  }, async (request) => ({
    items: repos.reviews.listDisputes({ status: request.query.status, agentId: agentScope(principalOf(request)) }),
  }));

  app.post('/api/disputes/:id/resolve', {
    config: { auth: REVIEWERS },
    schema: {
      params: IdParams,
      body: Type.Object({
        decision: Type.Union([Type.Literal('accepted'), Type.Literal('rejected')]), note: Text(2000),
        status: Type.Optional(ItemStatus), score: Type.Optional(Score),
      }, Strict),
    },
  }, async (request) => {
    const p = principalOf(request);
    const dispute = repos.reviews.disputeById(request.params.id);
    if (!dispute) throw notFound('dispute', 'disputes.not_found');
    if (dispute.status !== 'open') throw conflict('disputes.already_resolved', `This dispute was already ${dispute.status}`);
    const { decision, note, status = 'pass', score = null } = request.body;
    db.transaction(() => {
      repos.reviews.resolveDispute(dispute.id, { status: decision, resolvedBy: p.userId, note });
      if (decision === 'accepted') {
        const autoStatus = autoStatusOf(app.ctx, dispute.callId, dispute.itemId);
        repos.reviews.addOverride({
          callId: dispute.callId, itemId: dispute.itemId, status, score, autoStatus, reason: `Dispute accepted: ${note}`, byUserId: p.userId, disputeId: dispute.id,
        });
      }
      repos.calls.setDisputed(dispute.callId, repos.reviews.hasOpenDispute(dispute.callId));
      repos.calls.refreshSummary(dispute.callId);
      repos.audit.record(p, `dispute.${decision}`, { disputeId: dispute.id, itemId: dispute.itemId, note, ...(decision === 'accepted' ? { status, score } : {}) }, dispute.callId);
    });
    return repos.reviews.disputeById(dispute.id);
  });
};
