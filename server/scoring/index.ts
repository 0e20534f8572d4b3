import { overallScore, scoreItems } from './items/index.ts';
import { detectLanguage, languagePack } from './lang/index.ts';
import { computeMetrics } from './metrics.ts';
import { DEFAULT_RUBRIC } from './rubric.ts';
import { hasCue, prepareTurn, type PreparedTurn } from './tags/prepare.ts';
import { tagTurns } from './tags/tag-turns.ts';
import type { Language, ScoreOptions, ScoredTurn, Scorecard, Transcript } from './types.ts';

/**
 * Scores one transcript against the listening checklist (SPEC §1/§3). Pure: no I/O, no
 * clock, no database — the CLI, routes, live socket, bulk workers and evaluation all call it.
 */
export function scoreTranscript(transcript: Transcript, options: ScoreOptions = {}): Scorecard {
  const language = callLanguage(transcript, options);
  const pack = languagePack(language);
  const rubric = options.rubric ?? DEFAULT_RUBRIC;
  const prepared = transcript.turns.map((t, i) => prepareTurn(t, i, pack));
  return scorePreparedTurns(transcript, prepared, tagTurns(prepared, pack, rubric), { ...options, language, rubric });
}

/**
 * Builds the scorecard (metrics, items, overall) from turns whose tags are already decided,
 * e.g. after an LLM judge changed some of them.
 */
export function scoreTaggedTurns(transcript: Transcript, turns: ScoredTurn[], options: ScoreOptions = {}): Scorecard {
  const language = callLanguage(transcript, options);
  const pack = languagePack(language);
  return scorePreparedTurns(transcript, transcript.turns.map((t, i) => prepareTurn(t, i, pack)), turns, { ...options, language });
}

/**
 * As `scoreTaggedTurns`, for a caller that keeps the prepared turns (the live socket adds one
 * turn at a time and must not redo work that grows with the call).
 */
export function scorePreparedTurns(
  transcript: Transcript,
  prepared: PreparedTurn[],
  turns: ScoredTurn[],
  options: ScoreOptions = {},
): Scorecard {
  const language = callLanguage(transcript, options);
  const pack = languagePack(language);
  const rubric = options.rubric ?? DEFAULT_RUBRIC;
  // Lecturing counts turns that tell the customer what to do or how things are (advice cues);
  // explaining the fix is part of a service call and is not counted.
  const adviceTurns = prepared.filter((t) => t.speaker === 'agent' && hasCue(t, pack, 'advice')).length;
  const metrics = computeMetrics(turns, adviceTurns, prepared.map((t) => t.words.length));
  const items = scoreItems({ turns, prepared, pack, rubric, metrics });
  return {
    callId: transcript.id ?? '',
    language,
    overall: overallScore(items, rubric.items),
    listening: items.filter((i) => i.status === 'fail').length >= 2 ? 'poor' : 'good',
    items,
    metrics,
    turns,
    rubricVersion: rubric.version,
    scorer: 'rules',
  };
}

function callLanguage(transcript: Transcript, options: ScoreOptions): Language {
  return options.language ?? transcript.language ?? detectLanguage(transcript.turns.map((t) => t.text).join(' '));
}

export { DEFAULT_RUBRIC } from './rubric.ts';
export { detectLanguage, languagePack } from './lang/index.ts';
export * from './types.ts';
