/**
 * Streams a transcript to `/api/live` as if it were happening now, reconnecting with
 * `resume` if the connection drops. Used by `attune replay` and the live load benchmark.
 */
import WebSocket from 'ws';
import type { Transcript } from '../scoring/types.ts';
import { planReplay } from './replay-plan.ts';

export interface ReplayOptions {
  url: string;
  token: string;
  transcript: Transcript & { id: string; agent: { id: string; name?: string } };
  speed?: number;
  /** Every frame the server sends, as it arrives. */
  onFrame?: (frame: Record<string, any>) => void;
  /** Reconnections allowed after a dropped connection. */
  retries?: number;
}

/** Resolves with the `final` frame; rejects when the server refuses the call or the connection can't be kept. */
export async function replayCall(options: ReplayOptions): Promise<Record<string, any>> {
  const { transcript, speed = 1 } = options;
  const plan = planReplay(transcript.turns, speed);
  const began = Date.now();
  let acked = 0;
  let retries = options.retries ?? 3;
  const start = {
    type: 'start', callId: transcript.id, agent: transcript.agent,
    ...(transcript.language && { language: transcript.language }), ...(transcript.startedAt && { startedAt: transcript.startedAt }),
  };

  for (let resume = false; ; resume = true) {
    const outcome = await session(options, resume ? { type: 'start', callId: transcript.id, resume: true } : start, (ws, from) => {
      const timers = plan.slice(from).map((p) => setTimeout(() => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'segment', seq: p.seq, ...p.turn, final: true }));
        if (p.seq === plan.length) ws.send(JSON.stringify({ type: 'end' }));
      }, Math.max(0, began + p.atMs - Date.now())));
      if (plan.length === 0) ws.send(JSON.stringify({ type: 'end' }));
      return () => timers.forEach(clearTimeout);
    }, (seq) => { acked = Math.max(acked, seq); }, () => acked);
    if (outcome.final) return outcome.final;
    if (outcome.fatal || retries-- <= 0) throw new Error(outcome.fatal ?? `connection lost after seq ${acked}: ${outcome.reason}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface Outcome { final?: Record<string, any>; fatal?: string; reason?: string }

/** One connection: sends start, then the segments after the last acknowledged one. */
function session(
  options: ReplayOptions,
  start: object,
  schedule: (ws: WebSocket, from: number) => () => void,
  onAck: (seq: number) => void,
  lastAcked: () => number,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(options.url, { headers: { authorization: `Bearer ${options.token}` } });
    let stop = () => {};
    let final: Record<string, any> | undefined;
    let fatal: string | undefined;
    ws.on('open', () => {
      ws.send(JSON.stringify(start));
      if (!('resume' in start)) stop = schedule(ws, 0);
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      options.onFrame?.(frame);
      if (frame.type === 'ack') onAck(frame.seq);
      else if (frame.type === 'resumed') {
        onAck(frame.lastSeq);
        stop = schedule(ws, lastAcked());
      } else if (frame.type === 'final') final = frame;
      else if (frame.type === 'error' && /^start|could not be stored/.test(frame.message)) {
        fatal = frame.message;
        ws.close();
      }
    });
    ws.on('error', () => {});
    ws.on('close', (code, reason) => {
      stop();
      if (code === 4401 || code === 4403) fatal = `the server refused the connection (${code}): ${reason}`;
      resolve({ final, fatal, reason: `${code} ${reason}` });
    });
  });
}
