/** One `/api/live` connection: checks each frame (size, rate, shape) and hands it to the manager. */
import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { Principal } from '../auth/principal.ts';
import type { LiveConfig } from './config.ts';
import type { CallSocket, LiveCall } from './live-call.ts';
import type { LiveManager } from './manager.ts';
import { FrameError, parseFrame, type ClientFrame } from './protocol.ts';
import { FrameBucket } from './rate-limit.ts';

export function sendFrame(ws: WebSocket, frame: object) {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}

export function handleLiveSocket(ws: WebSocket, principal: Principal, manager: LiveManager, config: LiveConfig, log: FastifyBaseLogger) {
  const socket: CallSocket = { send: (frame) => sendFrame(ws, frame), close: (code, reason) => ws.close(code, reason) };
  const bucket = new FrameBucket(config.maxFramesPerSec);
  let call: LiveCall | null = null;
  let lastRateError = 0;

  const dispatch = (frame: ClientFrame) => {
    if (frame.type === 'start') {
      if (call) throw new FrameError(`start: this socket already carries call "${call.id}"; open another socket for another call`);
      call = manager.start(frame, principal, socket);
      return;
    }
    if (!call) throw new FrameError(`${frame.type}: send start before ${frame.type === 'end' ? 'end' : 'segments'}`);
    if (call.socket !== socket) throw new FrameError(`${frame.type}: call "${call.id}" moved to another connection (resumed or ended); frame not stored`);
    if (frame.type === 'segment') manager.segment(call, frame);
    else {
      manager.end(call);
      call = null;
    }
  };

  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (!bucket.take()) {
      // One error a second is enough to tell a flooding client; more would only add to the flood.
      if (Date.now() - lastRateError >= 1000) {
        lastRateError = Date.now();
        socket.send({ type: 'error', message: `too many frames: at most ${config.maxFramesPerSec} per second (bursts of ${2 * config.maxFramesPerSec}); frames over the limit are dropped, resend them` });
      }
      return;
    }
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
    if (isBinary) return socket.send({ type: 'error', message: 'binary frames are not accepted: send JSON text frames' });
    if (size > config.maxFrameBytes) {
      return socket.send({ type: 'error', message: `frame too large: ${size} bytes, the limit is ${config.maxFrameBytes} bytes; frame dropped` });
    }
    try {
      dispatch(parseFrame(data.toString()));
    } catch (err) {
      if (err instanceof FrameError) return socket.send({ type: 'error', message: err.message });
      log.error({ err }, 'live frame failed');
      socket.send({ type: 'error', message: 'the server could not handle this frame; it was not stored' });
    }
  });
  ws.on('close', () => {
    if (call) manager.detach(call, socket);
  });
  ws.on('error', (err) => log.warn({ err }, 'live socket error'));
}
