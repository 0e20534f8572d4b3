/** One call being streamed: its accepted turns, running score, nudge state and current socket. */
import type { Rubric, Turn } from '../scoring/types.ts';
import type { Language } from '../scoring/types.ts';
import { IncrementalScorer } from './incremental.ts';
import { NudgeWatcher, type Nudge } from './nudges.ts';
import type { LiveCallRow } from './store.ts';
import type { LiveCallView } from './watch-hub.ts';

/** The socket a live call talks to; closed ones drop frames. */
export interface CallSocket {
  send(frame: object): void;
  close(code: number, reason: string): void;
}

export class LiveCall {
  readonly id: string;
  readonly agent: { id: string; name: string | null };
  readonly language: Language | null;
  readonly startedAt: string;
  readonly owner: { id: string; name: string };
  readonly scorer: IncrementalScorer;
  readonly nudger: NudgeWatcher;
  lastSeq = 0;
  /** The latest non-final segment (the next seq), replaced by later ones until its final arrives. */
  partial: { seq: number; turn: Turn } | undefined;
  socket: CallSocket | null = null;
  idleTimer: NodeJS.Timeout | undefined;
  lastNudge: Nudge | null = null;
  score: Pick<LiveCallView, 'overall' | 'items'> = { overall: null, items: [] };

  constructor(row: LiveCallRow, rubric: Rubric, nudgeGapSec: number) {
    this.id = row.id;
    this.agent = { id: row.agentId, name: row.agentName };
    this.language = row.language;
    this.startedAt = row.startedAt;
    this.owner = { id: row.ownerId, name: row.ownerName };
    this.scorer = new IncrementalScorer(row.id, rubric, row.language ?? undefined);
    this.nudger = new NudgeWatcher(nudgeGapSec);
  }

  /** Adds a stored final turn: tags it and returns a nudge if one is due (cheap: the window around the turn). */
  accept(seq: number, turn: Turn): Nudge | undefined {
    this.lastSeq = seq;
    this.partial = undefined;
    this.scorer.add(turn);
    const nudge = this.nudger.observe(this.scorer.tagged, this.scorer.prepared, this.scorer.language);
    if (nudge) this.lastNudge = nudge;
    return nudge;
  }

  /** Rebuilds the items and overall from the tagged turns (linear in the call's turns, after the nudge is out). */
  rescore(): Pick<LiveCallView, 'overall' | 'items'> {
    const card = this.scorer.scorecard();
    this.score = { overall: card.overall, items: card.items.map(({ id, status, score }) => ({ id, status, score })) };
    return this.score;
  }

  /** The call as a canonical transcript (SPEC §2), ready for the upload path. */
  transcript() {
    return {
      id: this.id,
      agent: { id: this.agent.id, ...(this.agent.name && { name: this.agent.name }) },
      ...(this.language && { language: this.language }),
      startedAt: this.startedAt,
      turns: this.scorer.turns,
    };
  }

  view(): LiveCallView {
    return {
      callId: this.id, agent: { id: this.agent.id, name: this.agent.name ?? this.agent.id }, language: this.language ?? this.scorer.language, startedAt: this.startedAt,
      ...this.score, lastNudge: this.lastNudge, lastSeq: this.lastSeq, turns: this.scorer.turns.length, connected: this.socket !== null,
    };
  }
}
