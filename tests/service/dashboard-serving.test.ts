import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, type TestServer } from '../helpers/app.ts';

let server: TestServer;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attune-web-'));
  const dist = path.join(dir, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root">attune-index</div>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("app")');
  server = await startServer({ webDist: dist }, dir);
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

describe('serving the dashboard', () => {
  it('serves built files, and index.html for any other page path', async () => {
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain('console.log');
    for (const page of ['/', '/calls/abc', '/review/disputes?status=open']) {
      const r = await fetch(server.url + page);
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('attune-index');
    }
  });

  it('keeps unknown API paths as JSON errors, not the page', async () => {
    const r = await fetch(`${server.url}/api/not-a-route`);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect((await r.json()).error.code).toBeTypeOf('string');
  });

  it('sends security headers with a CSP that allows only our own scripts and websockets', async () => {
    const r = await fetch(`${server.url}/`);
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
