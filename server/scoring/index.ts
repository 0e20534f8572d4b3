import type { ScoreOptions, ScoredTurn, Scorecard, Transcript } from './types.ts';
import { ITEM_IDS } from './types.ts';

/**
 * Scores one transcript against the listening checklist. Pure: no I/O, no clock.
 * (Interim body while the rule engine lands; the signatures are final.)
 */
export function scoreTranscript(transcript: Transcript, options: ScoreOptions = {}): Scorecard {
  const turns: ScoredTurn[] = transcript.turns.map((t, index) => ({ index, ...t, tags: [] }));
  return scoreTaggedTurns(transcript, turns, options);
}

/**
 * Builds the scorecard (metrics, items, overall) from turns whose tags are already decided,
 * e.g. after an LLM judge changed some of them.
 */
export function scoreTaggedTurns(transcript: Transcript, turns: ScoredTurn[], options: ScoreOptions = {}): Scorecard {
  const language = options.language ?? transcript.language ?? 'en';
  return {
    callId: transcript.id ?? '',
    language,
    overall: null,
    items: ITEM_IDS.map((id) => ({ id, status: 'n/a' as const, score: null, evidence: [], tip: '' })),
    metrics: {
      agentTalkShare: null, longestAgentMonologueSec: null, agentWordsPerMinute: null,
      interruptions: 0, questions: 0, openQuestions: 0, followUpQuestions: 0, paraphrases: 0,
      empathyStatements: 0, actions: 0, backchannels: 0, customerNegativeTurns: 0,
      agentTurns: turns.filter((t) => t.speaker === 'agent').length,
      customerTurns: turns.filter((t) => t.speaker === 'customer').length,
    },
    turns,
    rubricVersion: options.rubric?.version ?? 1,
    scorer: 'rules',
  };
}

export * from './types.ts';
