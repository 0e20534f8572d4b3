/**
 * Decides when to nudge the agent during a live call. Few rules, each about something the
 * agent can still fix in their next words; throttled by call time and never the same nudge
 * twice in a row.
 */
import { languagePack } from '../scoring/index.ts';
import type { PreparedTurn } from '../scoring/tags/prepare.ts';
import type { ItemId, Language, ScoredTurn } from '../scoring/types.ts';

export type NudgeKind = 'emotion' | 'interruption' | 'longStory' | 'closingOpenQuestion';

const ITEM_OF: Record<NudgeKind, ItemId> = {
  emotion: 'acknowledge_emotion',
  interruption: 'interruptions',
  longStory: 'paraphrasing',
  closingOpenQuestion: 'pacing',
};

export interface Nudge {
  type: 'nudge';
  item: ItemId;
  message: string;
  /** The agent turn the nudge is about (index from 0, as in the scorecard). */
  turn: number;
}

/** Customer words in recent turns that make a story worth reflecting back. */
const LONG_STORY_WORDS = 25;
/** How many of the latest turns count as "recent" for a story. */
const STORY_WINDOW = 6;
/** Agent replies allowed after a story before the nudge, if none reflects or asks about it. */
const STORY_REPLIES = 2;
/** A closing said in more words than this is more than a goodbye (as the pacing item reads it). */
const MAX_CLOSING_WORDS = 12;
/** Speaking rate used for call time when segments carry no timestamps. */
const WORDS_PER_SEC = 2.5;

export class NudgeWatcher {
  private lastKind: NudgeKind | undefined;
  private lastAt = -Infinity;
  /** An emotional customer turn not yet acknowledged by an empathy statement. */
  private openEmotion = false;
  private story: { replies: number } | undefined;
  private wordClock = 0;

  constructor(private readonly gapSec: number) {}

  /** Looks at the newest turn (already tagged); returns a nudge to send, if any. */
  observe(turns: ScoredTurn[], prepared: PreparedTurn[], language: Language): Nudge | undefined {
    const turn = turns.at(-1)!;
    const at = this.callTime(prepared.at(-1)!);
    const kind = turn.speaker === 'customer' ? this.afterCustomer(turn, prepared) : this.afterAgent(turn, prepared, language);
    if (!kind || kind === this.lastKind || at - this.lastAt < this.gapSec) return undefined;
    this.lastKind = kind;
    this.lastAt = at;
    return { type: 'nudge', item: ITEM_OF[kind], message: languagePack(language).messages.nudge[kind], turn: turn.index };
  }

  private afterCustomer(turn: ScoredTurn, prepared: PreparedTurn[]): undefined {
    if (turn.negativeEmotion) this.openEmotion = true;
    const recent = prepared.slice(-STORY_WINDOW).filter((t) => t.speaker === 'customer');
    if (!this.story && recent.reduce((n, t) => n + t.words.length, 0) >= LONG_STORY_WORDS) this.story = { replies: 0 };
    return undefined;
  }

  private afterAgent(turn: ScoredTurn, prepared: PreparedTurn[], language: Language): NudgeKind | undefined {
    if (turn.tags.includes('backchannel')) return undefined;
    const kinds: NudgeKind[] = [];
    if (turn.tags.includes('interruption')) kinds.push('interruption');
    if (this.openEmotion) {
      if (!turn.tags.includes('empathy')) kinds.push('emotion');
      this.openEmotion = false;
    }
    if (this.story) {
      const listened = turn.tags.includes('paraphrase') || turn.tags.includes('followup');
      this.story.replies += 1;
      if (listened) this.story = undefined;
      else if (this.story.replies >= STORY_REPLIES) {
        kinds.push('longStory');
        this.story = undefined;
      }
    }
    if (closesOnOpenQuestion(prepared, language)) kinds.push('closingOpenQuestion');
    // The most urgent first; a kind just sent gives way to the next one.
    return kinds.find((k) => k !== this.lastKind) ?? kinds[0];
  }

  /** Seconds into the call at the end of this turn: its timestamp, else words spoken so far at a normal rate. */
  private callTime(turn: PreparedTurn): number {
    this.wordClock += turn.words.length / WORDS_PER_SEC;
    return turn.end ?? turn.start ?? this.wordClock;
  }
}

/** The agent says goodbye right after a customer question (the pacing item's rule, seen as it happens). */
function closesOnOpenQuestion(prepared: PreparedTurn[], language: Language): boolean {
  const closing = prepared.at(-1)!;
  const before = prepared.at(-2);
  if (closing.words.length > MAX_CLOSING_WORDS || before?.speaker !== 'customer' || !/[?؟]/.test(before.text)) return false;
  return languagePack(language).cues.closing.test(closing.norm);
}
