#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx is registered as an ESM loader, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
