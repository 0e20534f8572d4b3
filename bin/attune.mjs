#!/usr/bin/env node
// The `attune` command. tsx is registered as an ESM loader so the TypeScript CLI runs as is, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../server/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
