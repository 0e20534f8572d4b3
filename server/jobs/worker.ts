/** Worker thread: parses and scores files sent by the job runner; never touches the database. */
import { parentPort } from 'node:worker_threads';
import { prepareCall, rescoreTranscript, serializeScorecard, toStorable } from './prepare-call.ts';
import type { WorkerTask, WorkerResult } from './tasks.ts';

function run(task: WorkerTask): WorkerResult {
  try {
    if (task.kind === 'prepare') {
      const prepared = prepareCall(task.raw, { ...task.options, filename: task.name, rubric: task.rubric, now: task.now });
      return { ok: true, kind: 'prepare', call: toStorable(prepared) };
    }
    return { ok: true, kind: 'rescore', scorecard: serializeScorecard(rescoreTranscript(JSON.parse(task.transcript), task.rubric)) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort!.on('message', (msg: { id: number; task: WorkerTask }) => {
  parentPort!.postMessage({ id: msg.id, result: run(msg.task) });
});
