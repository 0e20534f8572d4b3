/**
 * Runs every live call of the service: start and resume, segments (stored before their ack),
 * end and idle finalisation through the same path as an upload, and the state watchers see.
 * Unfinished calls live in SQLite, so a restart picks them up again.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import type { Db } from '../db/client.ts';
import { ParseError } from '../ingest/types.ts';
import { prepareCall, toStorable } from '../jobs/prepare-call.ts';
import { toScorecard } from '../repos/calls.ts';
import { nowIso } from '../repos/ids.ts';
import type { Repos } from '../repos/index.ts';
import type { Turn } from '../scoring/types.ts';
import type { LiveConfig } from './config.ts';
import { LiveCall, type CallSocket } from './live-call.ts';
import { FrameError, type SegmentFrame, type StartFrame } from './protocol.ts';
import type { LiveStore } from './store.ts';
import { visibleTo, type LiveCallView, type WatchHub } from './watch-hub.ts';

/** Close code for a socket whose call was resumed on another connection. */
export const CLOSE_RESUMED_ELSEWHERE = 4409;

export interface LiveDeps {
  db: Db;
  repos: Repos;
  store: LiveStore;
  config: LiveConfig;
  hub: WatchHub;
  log: FastifyBaseLogger;
}

export class LiveManager {
  private readonly calls = new Map<string, LiveCall>();

  constructor(private readonly deps: LiveDeps) {}

  /** Loads the calls a previous run left unfinished; each gets its idle time again from its last frame. */
  restore(): number {
    const { store, repos, config } = this.deps;
    const rows = store.unfinished();
    for (const row of rows) {
      const call = new LiveCall(row, repos.rubric.current(), config.nudgeGapSec);
      store.segments(row.id).forEach((turn, i) => call.accept(i + 1, turn));
      if (call.lastSeq > 0) call.rescore();
      this.calls.set(call.id, call);
      const quietMs = Date.now() - Date.parse(row.updatedAt);
      this.touch(call, Math.max(0, config.idleSec * 1000 - quietMs));
    }
    return rows.length;
  }

  /** The calls someone may watch (agentId: only that agent's). */
  views(agentId: string | undefined): LiveCallView[] {
    return [...this.calls.values()].map((c) => c.view()).filter((v) => visibleTo(agentId, v));
  }

  /** Handles `start` (new or resumed); returns the call now bound to this socket (null: it had already ended). */
  start(frame: StartFrame, principal: Principal, socket: CallSocket): LiveCall | null {
    const live = this.calls.get(frame.callId);
    if (frame.resume) return this.resume(frame, principal, socket, live);
    if (live || this.deps.store.byId(frame.callId)) {
      const hint = live ? 'send start with "resume": true to continue it' : 'it has already ended; use a new callId';
      throw new FrameError(`start.callId: call "${frame.callId}" already exists; ${hint}`);
    }
    const agent = frame.agent!;
    if (principal.role === 'agent' && principal.agentId !== agent.id) {
      throw new FrameError(`start.agent.id: you may stream only your own calls (agent "${principal.agentId ?? 'none'}"), got "${agent.id}"`);
    }
    const row = this.deps.store.create({
      id: frame.callId, agentId: agent.id, agentName: agent.name ?? null, language: frame.language ?? null,
      startedAt: frame.startedAt ?? nowIso(), ownerId: principal.id, ownerName: principal.name,
    });
    const call = new LiveCall(row, this.deps.repos.rubric.current(), this.deps.config.nudgeGapSec);
    this.calls.set(call.id, call);
    call.socket = socket;
    this.touch(call);
    this.deps.hub.update(call.view());
    return call;
  }

  private resume(frame: StartFrame, principal: Principal, socket: CallSocket, live: LiveCall | undefined): LiveCall | null {
    const row = live ? undefined : this.deps.store.byId(frame.callId);
    const ownerId = live?.owner.id ?? row?.ownerId;
    if (!ownerId) throw new FrameError(`start.callId: no call "${frame.callId}" to resume; send start without "resume" to begin it`);
    if (ownerId !== principal.id) throw new FrameError(`start.callId: call "${frame.callId}" was started by another client; only it may resume`);
    if (!live) return this.resumeEnded(row!, socket);
    if (live.socket && live.socket !== socket) live.socket.close(CLOSE_RESUMED_ELSEWHERE, 'call resumed on another connection');
    live.socket = socket;
    live.partial = undefined;
    socket.send({ type: 'resumed', callId: live.id, lastSeq: live.lastSeq });
    this.touch(live);
    this.deps.hub.update(live.view());
    return live;
  }

  /** A client that missed the end of its call learns the last seq and gets the final again. */
  private resumeEnded(row: NonNullable<ReturnType<LiveStore['byId']>>, socket: CallSocket): null {
    socket.send({ type: 'resumed', callId: row.id, lastSeq: row.lastSeq });
    if (row.status === 'failed' || !row.callId) throw new FrameError(`call "${row.id}" ended without being stored: ${row.error ?? 'unknown reason'}`);
    socket.send({ type: 'final', callId: row.id, id: row.callId, scorecard: this.storedScorecard(row.callId) });
    socket.close(1000, 'call already ended');
    return null;
  }

  /** Handles a segment: partials wait in memory; a final one is stored, acknowledged, scored and may nudge. */
  segment(call: LiveCall, frame: SegmentFrame): void {
    const expected = call.lastSeq + 1;
    if (frame.seq < expected) {
      throw new FrameError(`segment.seq: ${frame.seq} was already acknowledged (last acknowledged: ${call.lastSeq}); not stored again`);
    }
    if (frame.seq > expected) {
      throw new FrameError(`segment.seq: expected ${expected} (last acknowledged: ${call.lastSeq}), got ${frame.seq}; seq goes up by one per segment`);
    }
    const turn: Turn = { speaker: frame.speaker, text: frame.text };
    if (frame.start !== undefined) turn.start = frame.start;
    if (frame.end !== undefined) turn.end = frame.end;
    this.touch(call);
    if (!frame.final) {
      call.partial = { seq: frame.seq, turn };
      return;
    }
    const previous = call.scorer.turns.at(-1)?.start;
    if (turn.start !== undefined && previous !== undefined && turn.start < previous) {
      throw new FrameError(`segment.start: expected ≥ ${previous} (the previous segment's start; send segments in the order they were spoken), got ${turn.start}`);
    }
    this.deps.store.addSegment(call.id, frame.seq, turn);
    call.socket?.send({ type: 'ack', seq: frame.seq });
    // The nudge goes first: it is the time-critical part; the running score follows.
    const nudge = call.accept(frame.seq, turn);
    if (nudge) {
      call.socket?.send(nudge);
      this.deps.hub.nudge(call.view(), nudge);
    }
    call.socket?.send({ type: 'score', ...call.rescore() });
    this.deps.hub.update(call.view());
  }

  /** `end`: stores the call like an upload and sends `final`. */
  end(call: LiveCall): void {
    const socket = call.socket;
    const result = this.finalise(call);
    if ('error' in result) {
      socket?.send({ type: 'error', message: `call "${call.id}" could not be stored: ${result.error}` });
      socket?.close(1000, 'call ended without being stored');
      return;
    }
    socket?.send({ type: 'final', callId: call.id, id: result.id, scorecard: result.scorecard });
    socket?.close(1000, 'call ended');
  }

  /** The socket went away: the call waits for a resume or its idle time. */
  detach(call: LiveCall, socket: CallSocket): void {
    if (call.socket !== socket) return;
    call.socket = null;
    if (this.calls.get(call.id) === call) this.deps.hub.update(call.view());
  }

  /** Stops the idle timers; unfinished calls stay in the database for the next run. */
  close(): void {
    for (const call of this.calls.values()) clearTimeout(call.idleTimer);
    this.calls.clear();
  }

  private touch(call: LiveCall, ms = this.deps.config.idleSec * 1000): void {
    clearTimeout(call.idleTimer);
    call.idleTimer = setTimeout(() => this.idleEnd(call), ms);
    call.idleTimer.unref();
  }

  private idleEnd(call: LiveCall): void {
    if (this.calls.get(call.id) !== call) return;
    this.deps.log.info({ liveCall: call.id }, 'live call idle: finalising');
    try {
      this.end(call);
    } catch (err) {
      this.deps.log.error({ err, liveCall: call.id }, 'finalising an idle live call failed');
    }
  }

  /** Stores the finished call through the upload path (same parsing, scoring, agent and dedup as POST /api/calls). */
  private finalise(call: LiveCall): { id: string; scorecard: ReturnType<typeof toScorecard> } | { error: string } {
    const { db, repos, store, hub } = this.deps;
    clearTimeout(call.idleTimer);
    this.calls.delete(call.id);
    call.socket = null;
    try {
      const prepared = prepareCall(JSON.stringify(call.transcript()), {
        format: 'json', filename: `live call ${call.id}`, rubric: repos.rubric.current(), now: nowIso(),
      });
      const { id } = db.transaction(() => {
        const stored = repos.calls.insertPrepared({ ...toStorable(prepared), sourceFormat: 'live' });
        if (!stored.duplicate) repos.audit.record(call.owner, 'call.created', { format: 'live' }, stored.id);
        store.markEnded(call.id, stored.id);
        return stored;
      });
      hub.ended(call.view(), id);
      return { id, scorecard: this.storedScorecard(id) };
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      store.markFailed(call.id, err.message);
      hub.ended(call.view(), null);
      return { error: err.message };
    }
  }

  private storedScorecard(id: string) {
    const { calls } = this.deps.repos;
    return toScorecard(calls.latestScorecard(id)!, calls.byId(id)!);
  }
}
