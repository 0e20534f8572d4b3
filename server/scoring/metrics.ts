import { round, wordCount } from './text.ts';
import { TAGS, type Metrics, type ScoredTurn, type Tag } from './types.ts';

interface Span {
  speaker: ScoredTurn['speaker'];
  start: number;
  end: number;
  words: number;
}

/**
 * Turn spans in seconds. Some sources give only start times (AnnoMI, some CSV exports):
 * a turn then lasts until the next turn starts.
 */
function turnSpans(turns: ScoredTurn[], wordCounts: number[]): Span[] | undefined {
  if (turns.length === 0 || turns.some((t) => typeof t.start !== 'number')) return undefined;
  return turns.map((t, i) => {
    const next = turns[i + 1]?.start;
    const end = typeof t.end === 'number' ? t.end : typeof next === 'number' && next > t.start! ? next : t.start! + wordCounts[i] / 2.5;
    return { speaker: t.speaker, start: t.start!, end: Math.max(end, t.start!), words: wordCounts[i] };
  });
}

/** Talk metrics (SPEC §3) plus tag counts. Without timestamps, talk share is by words. */
export function computeMetrics(turns: ScoredTurn[], adviceTurns: number, wordCounts = turns.map((t) => wordCount(t.text))): Metrics {
  const spans = turnSpans(turns, wordCounts);
  const c = countTurns(turns, wordCounts);
  return {
    agentTalkShare: spans ? timedTalkShare(spans) : c.allWords > 0 ? round(c.agentWords / c.allWords) : null,
    longestAgentMonologueSec: spans ? round(longestMonologue(spans), 1) : null,
    agentWordsPerMinute: spans ? wordsPerMinute(spans) : null,
    interruptions: c.tags.interruption,
    questions: c.questions,
    openQuestions: c.tags['question:open'],
    followUpQuestions: c.tags.followup,
    paraphrases: c.tags.paraphrase,
    empathyStatements: c.tags.empathy,
    actions: c.tags.action,
    backchannels: c.tags.backchannel,
    adviceTurns,
    customerNegativeTurns: c.customerNegative,
    agentTurns: c.agentTurns,
    customerTurns: turns.length - c.agentTurns,
  };
}

/** Every count in one pass over the turns (this runs for every scored call). */
function countTurns(turns: ScoredTurn[], wordCounts: number[]) {
  const tags = Object.fromEntries(TAGS.map((tag) => [tag, 0])) as Record<Tag, number>;
  let questions = 0, customerNegative = 0, agentTurns = 0, agentWords = 0, allWords = 0;
  turns.forEach((t, i) => {
    allWords += wordCounts[i];
    if (t.speaker === 'agent') {
      agentTurns++;
      agentWords += wordCounts[i];
    }
    if (t.negativeEmotion) customerNegative++;
    for (const tag of t.tags) tags[tag]++;
    if (t.tags.includes('question:open') || t.tags.includes('question:closed')) questions++;
  });
  return { tags, questions, customerNegative, agentTurns, agentWords, allWords };
}

function timedTalkShare(spans: Span[]): number | null {
  const agent = spans.filter((s) => s.speaker === 'agent').reduce((n, s) => n + (s.end - s.start), 0);
  const total = spans.reduce((n, s) => n + (s.end - s.start), 0);
  return total > 0 ? round(agent / total) : null;
}

/** Longest stretch of agent speech; consecutive agent turns less than a second apart join up. */
function longestMonologue(spans: Span[]): number {
  let longest = 0;
  let runStart: number | undefined;
  let runEnd = 0;
  for (const s of spans) {
    if (s.speaker !== 'agent') {
      runStart = undefined;
      continue;
    }
    if (runStart === undefined || s.start - runEnd > 1) runStart = s.start;
    runEnd = s.end;
    longest = Math.max(longest, runEnd - runStart);
  }
  return longest;
}

function wordsPerMinute(spans: Span[]): number | null {
  const agent = spans.filter((s) => s.speaker === 'agent' && s.end > s.start);
  const minutes = agent.reduce((n, s) => n + (s.end - s.start), 0) / 60;
  const words = agent.reduce((n, s) => n + s.words, 0);
  return minutes > 0 && words >= 20 ? Math.round(words / minutes) : null;
}
