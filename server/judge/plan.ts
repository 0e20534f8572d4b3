/**
 * Decides what the judge is asked: in hybrid mode, turn-indexed windows around the turns the
 * rules were unsure about and around the evidence of failing items; in llm mode, every agent turn.
 */
import type { ItemId, Scorecard, ScoredTurn, Tag } from '../scoring/types.ts';
import type { Batch, Question } from './types.ts';

const QUESTION_TAGS: Tag[] = ['question:open', 'question:closed', 'followup'];
const INTERRUPTION_TAGS: Tag[] = ['interruption', 'backchannel'];

/** Tags decided together: asking about one of them means deciding the group. */
const TAG_GROUPS: Tag[][] = [INTERRUPTION_TAGS, QUESTION_TAGS, ['paraphrase'], ['empathy'], ['action']];

export const ITEM_OF_TAG: Record<Tag, ItemId> = {
  interruption: 'interruptions',
  backchannel: 'interruptions',
  paraphrase: 'paraphrasing',
  'question:open': 'follow_up_questions',
  'question:closed': 'follow_up_questions',
  followup: 'follow_up_questions',
  empathy: 'acknowledge_emotion',
  action: 'acts_on_what_was_said',
};

/** Turns of context before an uncertain turn: the customer turn it answers and the exchange before. */
const CONTEXT_BEFORE = 2;
/** Customer turns at least this long are where a paraphrase is expected. */
const LONG_CUSTOMER_WORDS = 8;
/** Failing-item checks look at no more than this many candidate turns each. */
const MAX_CANDIDATES = 2;
const CLOSING_TURNS = 4;

export function hybridBatches(card: Scorecard, maxTurnsPerRequest: number): Batch[] {
  const windows = [...uncertainWindows(card), ...failingItemWindows(card)];
  return packBatches(windows, maxTurnsPerRequest);
}

/** The whole transcript in one request; timing-based tags stay with the rules when there are timestamps. */
export function llmBatch(card: Scorecard): Batch {
  const timed = card.turns.some((t) => t.start !== undefined && t.end !== undefined);
  const tags = TAG_GROUPS.flat().filter((tag) => !(timed && INTERRUPTION_TAGS.includes(tag)));
  const questions = card.turns
    .filter((t) => t.speaker === 'agent')
    .map((t) => ({ turn: t.index, tags, items: itemsOf(tags) }));
  return {
    context: card.turns.map((t) => t.index),
    questions,
    emotionTurns: card.turns.filter((t) => t.speaker === 'customer').map((t) => t.index),
  };
}

interface Window {
  context: number[];
  questions: Question[];
  emotionTurns: number[];
}

function uncertainWindows(card: Scorecard): Window[] {
  const settled = settledTags(card);
  return card.turns
    .filter((t) => t.speaker === 'agent')
    .map((t) => ({ turn: t, tags: expandGroups(decisiveTags(card, t, settled)) }))
    .filter(({ tags }) => tags.length > 0)
    .map(({ turn, tags }) => ({
      context: range(turn.index - CONTEXT_BEFORE, turn.index),
      questions: [{ turn: turn.index, tags, items: itemsOf(tags) }],
      emotionTurns: [],
    }));
}

/**
 * The uncertain tags whose answer can change an item's status. Paraphrasing, follow-ups, empathy
 * and actions pass with one sure instance, so once the rules hold one, doubts elsewhere only move
 * counts; open vs closed never changes a status; every interruption counts.
 */
function decisiveTags(card: Scorecard, turn: ScoredTurn, settled: Set<Tag>): Tag[] {
  return (turn.uncertain ?? []).filter((tag) => {
    if (INTERRUPTION_TAGS.includes(tag)) return true;
    if (tag === 'question:open' || tag === 'question:closed') return false;
    if (tag === 'empathy' && !afterFirstEmotion(card, turn.index)) return false;
    return !settled.has(tag);
  });
}

/** Tags some agent turn holds without doubt (empathy only where it counts: after the first emotional turn). */
function settledTags(card: Scorecard): Set<Tag> {
  const settled = new Set<Tag>();
  for (const turn of card.turns) {
    for (const tag of turn.tags) {
      if (turn.uncertain?.includes(tag)) continue;
      if (tag === 'empathy' && !afterFirstEmotion(card, turn.index)) continue;
      settled.add(tag);
    }
  }
  return settled;
}

function afterFirstEmotion(card: Scorecard, index: number): boolean {
  const first = card.turns.find((t) => t.speaker === 'customer' && t.negativeEmotion);
  return first !== undefined && index > first.index;
}

function failingItemWindows(card: Scorecard): Window[] {
  const failing = card.items.filter((i) => i.status === 'fail' || i.status === 'warn').map((i) => i.id);
  const windows: Window[] = [];
  for (const item of failing) {
    if (item === 'paraphrasing') windows.push(...pairWindows(card, afterLongCustomerTurns(card), ['paraphrase']));
    if (item === 'follow_up_questions') windows.push(...pairWindows(card, questionCandidates(card), QUESTION_TAGS));
    if (item === 'acknowledge_emotion') windows.push(...emotionWindow(card));
    if (item === 'acts_on_what_was_said') windows.push(closingWindow(card));
    if (item === 'interruptions') windows.push(...interruptionWindows(card));
  }
  return windows;
}

/** Each candidate agent turn with the customer turn before it. */
function pairWindows(card: Scorecard, agentTurns: number[], tags: Tag[]): Window[] {
  return agentTurns.map((turn) => ({
    context: [previousCustomerTurn(card.turns, turn) ?? turn, turn],
    questions: [{ turn, tags, items: itemsOf(tags) }],
    emotionTurns: [],
  }));
}

function afterLongCustomerTurns(card: Scorecard): number[] {
  return card.turns
    .filter((t) => t.speaker === 'customer' && wordCount(t.text) >= LONG_CUSTOMER_WORDS)
    .sort((a, b) => wordCount(b.text) - wordCount(a.text))
    .map((t) => nextAgentTurn(card.turns, t.index))
    .filter((i): i is number => i !== undefined)
    .filter((i, k, all) => all.indexOf(i) === k)
    .slice(0, MAX_CANDIDATES)
    .sort((a, b) => a - b);
}

/** Agent turns that look like questions, else the replies to the longest customer turns. */
function questionCandidates(card: Scorecard): number[] {
  const asked = card.turns.filter((t) => t.speaker === 'agent' && /[?؟]/.test(t.text)).map((t) => t.index);
  const picked = asked.length > 0 ? asked : afterLongCustomerTurns(card);
  return picked.slice(0, MAX_CANDIDATES);
}

/** The first customer turn voicing a negative feeling and the two agent turns right after it. */
function emotionWindow(card: Scorecard): Window[] {
  const first = card.turns.find((t) => t.speaker === 'customer' && t.negativeEmotion);
  if (!first) return [];
  const replies = card.turns.filter((t) => t.speaker === 'agent' && t.index > first.index).slice(0, 2).map((t) => t.index);
  if (replies.length === 0) return [];
  return [{
    context: range(first.index, replies[replies.length - 1]),
    questions: replies.map((turn) => ({ turn, tags: ['empathy'], items: ['acknowledge_emotion'] })),
    emotionTurns: [first.index],
  }];
}

/** The customer's opening request and the closing part of the call, where the commitment should be. */
function closingWindow(card: Scorecard): Window {
  const last = card.turns.length - 1;
  const closing = range(last - CLOSING_TURNS + 1, last);
  const request = card.turns.find((t) => t.speaker === 'customer')?.index;
  const agentTurns = closing.filter((i) => card.turns[i].speaker === 'agent');
  return {
    context: request === undefined ? closing : [request, ...closing],
    questions: agentTurns.map((turn) => ({ turn, tags: ['action'], items: ['acts_on_what_was_said'] })),
    emotionTurns: [],
  };
}

function interruptionWindows(card: Scorecard): Window[] {
  const evidence = card.items.find((i) => i.id === 'interruptions')?.evidence ?? [];
  return evidence
    .map((e) => e.turn)
    .filter((turn) => card.turns[turn]?.speaker === 'agent')
    .slice(0, MAX_CANDIDATES)
    .map((turn) => ({ context: range(turn - 1, turn), questions: [{ turn, tags: INTERRUPTION_TAGS, items: ['interruptions'] }], emotionTurns: [] }));
}

/** Merges questions on the same turn, then packs windows in turn order into requests. */
function packBatches(windows: Window[], maxTurnsPerRequest: number): Batch[] {
  const byTurn = new Map<number, { question: Question; context: Set<number>; emotionTurns: Set<number> }>();
  for (const w of windows) {
    for (const q of w.questions) {
      const entry = byTurn.get(q.turn) ?? { question: { turn: q.turn, tags: [], items: [] }, context: new Set(), emotionTurns: new Set() };
      entry.question.tags = union(entry.question.tags, q.tags);
      entry.question.items = union(entry.question.items, q.items);
      w.context.forEach((i) => entry.context.add(i));
      w.emotionTurns.forEach((i) => entry.emotionTurns.add(i));
      byTurn.set(q.turn, entry);
    }
  }
  const entries = [...byTurn.values()].sort((a, b) => a.question.turn - b.question.turn);
  const batches: Batch[] = [];
  for (let k = 0; k < entries.length; k += maxTurnsPerRequest) {
    const chunk = entries.slice(k, k + maxTurnsPerRequest);
    batches.push({
      context: sortedUnion(chunk.flatMap((e) => [...e.context, e.question.turn])),
      questions: chunk.map((e) => e.question),
      emotionTurns: sortedUnion(chunk.flatMap((e) => [...e.emotionTurns])),
    });
  }
  return batches;
}

function expandGroups(tags: Tag[]): Tag[] {
  return TAG_GROUPS.filter((group) => group.some((t) => tags.includes(t))).flat();
}

function itemsOf(tags: Tag[]): ItemId[] {
  return union([], tags.map((t) => ITEM_OF_TAG[t]));
}

function previousCustomerTurn(turns: ScoredTurn[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (turns[i].speaker === 'customer') return i;
  return undefined;
}

function nextAgentTurn(turns: ScoredTurn[], index: number): number | undefined {
  return turns.find((t) => t.index > index && t.speaker === 'agent')?.index;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i <= to; i++) out.push(i);
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function union<T>(a: T[], b: T[]): T[] {
  return [...new Set([...a, ...b])];
}

function sortedUnion(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
