/** Live calls (SPEC §6): `/api/live` for streaming clients, `/api/live/watch` and `/api/live/calls` for the dashboard. */
import websocket from '@fastify/websocket';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { agentScope, principalOf } from '../auth/hook.ts';
import { ROLES, type Role } from '../auth/principal.ts';
import { HARD_MAX_FRAME_BYTES, loadLiveConfig } from '../live/config.ts';
import { handleLiveSocket } from '../live/live-socket.ts';
import { LiveManager } from '../live/manager.ts';
import { authenticateSocket, SocketAuthError } from '../live/socket-auth.ts';
import { createLiveStore } from '../live/store.ts';
import { WatchHub } from '../live/watch-hub.ts';

/** Who may stream a call: telephony tokens and reviewers, and agents their own calls. */
const STREAMERS: readonly Role[] = ['admin', 'qa_lead', 'agent'];

/** A plain HTTP request to a socket route: say how to use it. */
async function upgradeRequired(_request: FastifyRequest, reply: FastifyReply) {
  return reply.status(426).header('upgrade', 'websocket')
    .send({ error: { code: 'live.upgrade_required', message: 'This is a WebSocket endpoint: connect with a WebSocket client (see SPEC §6)' } });
}

export const liveRoutes: FastifyPluginAsync = async (app) => {
  const { db, repos } = app.ctx;
  const config = loadLiveConfig();
  const hub = new WatchHub();
  const manager = new LiveManager({ db, repos, store: createLiveStore(db), config, hub, log: app.log });
  const restored = manager.restore();
  if (restored > 0) app.log.info({ restored }, 'unfinished live calls restored');
  app.addHook('onClose', async () => manager.close());
  await app.register(websocket, { options: { maxPayload: HARD_MAX_FRAME_BYTES } });

  app.route({ method: 'GET', url: '/api/live', config: { auth: 'socket' }, handler: upgradeRequired, wsHandler: (ws, request) => {
    try {
      handleLiveSocket(ws, authenticateSocket(request, repos, STREAMERS), manager, config, request.log);
    } catch (err) {
      if (!(err instanceof SocketAuthError)) throw err;
      ws.close(err.code, err.message.slice(0, 120));
    }
  } });

  app.route({ method: 'GET', url: '/api/live/watch', config: { auth: 'socket' }, handler: upgradeRequired, wsHandler: (ws, request) => {
    try {
      const principal = authenticateSocket(request, repos, ROLES);
      const stop = hub.add({ send: (data) => ws.readyState === ws.OPEN && ws.send(data) }, agentScope(principal), manager.views(undefined));
      ws.on('close', stop);
      ws.on('message', () => ws.send(JSON.stringify({ type: 'error', message: 'the watch socket only sends; it takes no frames' })));
    } catch (err) {
      if (!(err instanceof SocketAuthError)) throw err;
      ws.close(err.code, err.message.slice(0, 120));
    }
  } });

  app.get('/api/live/calls', async (request) => ({ calls: manager.views(agentScope(principalOf(request))) }));
};
