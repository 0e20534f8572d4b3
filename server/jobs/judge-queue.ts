/**
 * Refines stored calls with the LLM judge in the background, after they were accepted and
 * scored by the rules: a bulk upload never waits on the LLM. Each refined scorecard is added
 * beside the rules one (the latest wins); a judge failure leaves the rules' result standing.
 */
import type { Judge, JudgedMode } from '../judge/index.ts';
import type { CallsRepo } from '../repos/calls.ts';
import { toScorecard } from '../repos/calls.ts';
import type { RubricRepo } from '../repos/rubric.ts';
import type { Scorecard, Transcript } from '../scoring/types.ts';
import { serializeScorecard } from './prepare-call.ts';

interface Deps {
  judge: Judge;
  calls: CallsRepo;
  rubric: RubricRepo;
  onError: (err: Error) => void;
}

export function createJudgeQueue(deps: Deps) {
  const pending: { callId: string; mode: JudgedMode }[] = [];
  let running: Promise<void> | null = null;
  let closed = false;

  async function refineOne({ callId, mode }: { callId: string; mode: JudgedMode }): Promise<void> {
    const call = deps.calls.byId(callId);
    const row = deps.calls.latestScorecard(callId);
    if (!call || !row || row.scorer !== 'rules') return;
    const transcript = JSON.parse(call.transcript) as Transcript;
    const rubric = deps.rubric.byVersion(row.rubricVersion) ?? deps.rubric.current();
    const rules = toScorecard(row, call) as unknown as Scorecard;
    const refined = await deps.judge.refine(transcript, rules, mode, { rubric });
    if (!closed) deps.calls.addScorecard(callId, serializeScorecard(refined));
  }

  async function drain() {
    try {
      while (!closed && pending.length > 0) await refineOne(pending.shift()!);
    } catch (err) {
      deps.onError(err as Error);
    } finally {
      running = null;
    }
  }

  return {
    /** Queues stored calls for refinement; returns at once. */
    enqueue(callIds: string[], mode: JudgedMode) {
      pending.push(...callIds.map((callId) => ({ callId, mode })));
      if (!closed && !running) running = Promise.resolve().then(drain);
    },
    async close() {
      closed = true;
      await running;
    },
  };
}

export type JudgeQueue = ReturnType<typeof createJudgeQueue>;
