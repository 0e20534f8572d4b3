// A worker for pool tests: echoes its task, or never answers when the task says "hang".
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, task }) => {
  if (task === 'hang') for (;;);
  parentPort.postMessage({ id, result: `done:${task}` });
});
