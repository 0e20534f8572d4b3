#!/usr/bin/env node
// `npm start`: build the dashboard when it is missing or older than its sources, then run the
// server with tsx (migrates, seeds the demo into an empty database, listens on PORT).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');

/** Newest modification time of any file under dir (0 when it doesn't exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function buildDashboard() {
  if (!existsSync(path.join(web, 'index.html'))) {
    console.warn('[attune] web/index.html not found: serving the API without the dashboard.');
    return;
  }
  const dist = path.join(web, 'dist', 'index.html');
  const sourcesNewer = Math.max(newest(path.join(web, 'src')), statSync(path.join(web, 'index.html')).mtimeMs) > (existsSync(dist) ? statSync(dist).mtimeMs : 0);
  if (!sourcesNewer) return;
  console.log('[attune] building the dashboard (vite build)…');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.warn('[attune] dashboard build failed; serving the API and any previous build.');
}

buildDashboard();
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
