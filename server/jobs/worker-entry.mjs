// Worker threads start here: Node 20 does not apply `--import tsx` to a worker's entry module,
// so this plain-JS entry loads tsx's loader first and then the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
