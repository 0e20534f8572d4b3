/**
 * Token budget without calling any LLM: the prompt tokens hybrid mode would send for each call
 * against sending the whole transcript (llm mode). `npm run eval` reports it.
 */
import { scoreTranscript } from '../scoring/index.ts';
import type { RedactionOptions } from '../privacy/redact.ts';
import type { Scorecard, Transcript } from '../scoring/types.ts';
import { estimateTokens } from './client.ts';
import { planBatches } from './judge.ts';
import { buildMessages } from './prompt.ts';
import type { Batch } from './types.ts';

export interface TokenMeasurement {
  calls: number;
  /** Calls where hybrid mode asks the LLM anything at all. */
  callsJudged: number;
  hybrid: { promptTokens: number; requests: number; perCall: number };
  whole: { promptTokens: number; requests: number; perCall: number };
  /** hybrid ÷ whole prompt tokens (0 when nothing was sent either way). */
  ratio: number;
}

/** A transcript, or one with the rules scorecard already computed (e.g. stored by the service). */
export type MeasureInput = Transcript | { transcript: Transcript; rules: Scorecard };

export function measureJudgeTokens(
  inputs: MeasureInput[],
  options: { redact?: boolean | RedactionOptions; maxTurnsPerRequest?: number } = {},
): TokenMeasurement {
  const redaction = options.redact ?? true;
  let hybridTokens = 0, hybridRequests = 0, wholeTokens = 0, callsJudged = 0;
  for (const input of inputs) {
    const rules = 'rules' in input ? input.rules : scoreTranscript(input);
    const hybrid = planBatches(rules, 'hybrid', options).filter((b) => b.questions.length > 0);
    if (hybrid.length > 0) callsJudged++;
    hybridRequests += hybrid.length;
    hybridTokens += sum(hybrid.map((b) => promptTokens(b, rules, redaction)));
    wholeTokens += sum(planBatches(rules, 'llm', options).map((b) => promptTokens(b, rules, redaction)));
  }
  const calls = inputs.length;
  const perCall = (n: number) => (calls === 0 ? 0 : Math.round(n / calls));
  return {
    calls,
    callsJudged,
    hybrid: { promptTokens: hybridTokens, requests: hybridRequests, perCall: perCall(hybridTokens) },
    whole: { promptTokens: wholeTokens, requests: calls, perCall: perCall(wholeTokens) },
    ratio: wholeTokens === 0 ? 0 : hybridTokens / wholeTokens,
  };
}

function promptTokens(batch: Batch, rules: Scorecard, redaction: boolean | RedactionOptions): number {
  return estimateTokens(buildMessages(batch, rules.turns, rules.language, redaction).map((m) => m.content).join('\n'));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
