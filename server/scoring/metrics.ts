import { round, wordCount } from './text.ts';
import type { Metrics, ScoredTurn } from './types.ts';

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
  const count = (tag: ScoredTurn['tags'][number]) => turns.filter((t) => t.tags.includes(tag)).length;
  const agentWords = turns.reduce((n, t, i) => n + (t.speaker === 'agent' ? wordCounts[i] : 0), 0);
  const allWords = wordCounts.reduce((n, w) => n + w, 0);
  return {
    agentTalkShare: spans ? timedTalkShare(spans) : allWords > 0 ? round(agentWords / allWords) : null,
    longestAgentMonologueSec: spans ? round(longestMonologue(spans), 1) : null,
    agentWordsPerMinute: spans ? wordsPerMinute(spans) : null,
    interruptions: count('interruption'),
    questions: turns.filter((t) => t.tags.some((g) => g.startsWith('question:'))).length,
    openQuestions: count('question:open'),
    followUpQuestions: count('followup'),
    paraphrases: count('paraphrase'),
    empathyStatements: count('empathy'),
    actions: count('action'),
    backchannels: count('backchannel'),
    adviceTurns,
    customerNegativeTurns: turns.filter((t) => t.negativeEmotion).length,
    agentTurns: turns.filter((t) => t.speaker === 'agent').length,
    customerTurns: turns.filter((t) => t.speaker === 'customer').length,
  };
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
