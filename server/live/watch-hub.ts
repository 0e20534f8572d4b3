/** Fans live-call state out to dashboard watchers, each seeing only the calls their role allows. */
import type { Nudge } from './nudges.ts';

/** What a watcher sees of one live call. */
export interface LiveCallView {
  callId: string;
  /** `name` is the agent's id when the stream named none. */
  agent: { id: string; name: string };
  language: string | null;
  startedAt: string;
  /** Running score and item statuses after the last final segment (null before any). */
  overall: number | null;
  items: { id: string; status: string; score: number | null }[];
  lastNudge: Nudge | null;
  lastSeq: number;
  turns: number;
  /** A client is streaming it right now (false while it waits for a resume or its idle time). */
  connected: boolean;
}

export interface WatchSocket {
  send(data: string): void;
}

interface Watcher {
  socket: WatchSocket;
  /** Only this agent's calls; undefined: every call. */
  agentId: string | undefined;
}

export const visibleTo = (agentId: string | undefined, view: Pick<LiveCallView, 'agent'>) =>
  agentId === undefined || view.agent.id === agentId;

export class WatchHub {
  private readonly watchers = new Set<Watcher>();

  /** Adds a watcher and sends it the snapshot of the calls it may see. */
  add(socket: WatchSocket, agentId: string | undefined, calls: LiveCallView[]): () => void {
    const watcher = { socket, agentId };
    this.watchers.add(watcher);
    socket.send(JSON.stringify({ type: 'calls', calls: calls.filter((c) => visibleTo(agentId, c)) }));
    return () => this.watchers.delete(watcher);
  }

  update(call: LiveCallView) {
    this.broadcast(call, { type: 'update', call });
  }

  nudge(call: LiveCallView, nudge: Nudge) {
    this.broadcast(call, { type: 'nudge', callId: call.callId, nudge });
  }

  ended(call: LiveCallView, storedId: string | null) {
    this.broadcast(call, { type: 'ended', callId: call.callId, id: storedId });
  }

  private broadcast(call: LiveCallView, event: object) {
    if (this.watchers.size === 0) return;
    const data = JSON.stringify(event);
    for (const w of this.watchers) if (visibleTo(w.agentId, call)) w.socket.send(data);
  }
}
