import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient, errorMessageKey, showsServerDetail, toQueryString } from '../../web/src/lib/api-client.ts';

/** A real server that answers each path the way a real service (or a proxy) might. */
let server: Server;
let baseUrl: string;
const seen: { method: string; url: string; csrf?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        csrf: req.headers['x-attune-csrf'] as string | undefined,
        type: req.headers['content-type'],
        body,
      });
      const path = (req.url ?? '').split('?')[0];
      if (path === '/coded') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'calls.not_found', message: 'No call 42' } }));
      } else if (path === '/html') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html>Bad gateway</html>');
      } else if (path === '/unauthorized') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'auth.required', message: 'Sign in' } }));
      } else if (path === '/empty') {
        res.writeHead(204);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the dashboard api client', () => {
  it('sends the CSRF header on state-changing requests only', async () => {
    const client = createApiClient({ baseUrl });
    await client.get('/ok');
    await client.post('/ok', { a: 1 });
    await client.patch('/ok', { locale: 'fa' });
    await client.del('/empty');
    const [get, post, patch, del] = seen.slice(-4);
    expect(get.csrf).toBeUndefined();
    expect(post.csrf).toBe('1');
    expect(patch.csrf).toBe('1');
    expect(del.csrf).toBe('1');
    expect(post.type).toBe('application/json');
    expect(JSON.parse(post.body)).toEqual({ a: 1 });
  });

  it('drops empty query values and encodes the rest', async () => {
    expect(toQueryString({ a: '', b: undefined, c: null, d: 'x y', e: 0, f: false })).toBe('?d=x+y&e=0&f=false');
    const client = createApiClient({ baseUrl });
    await client.get('/ok', { language: 'fa', agentId: '' });
    expect(seen.at(-1)?.url).toBe('/ok?language=fa');
  });

  it('turns the service’s error shape into an ApiError with its code and message', async () => {
    const client = createApiClient({ baseUrl });
    const error = await client.get('/coded').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'calls.not_found', message: 'No call 42' });
  });

  it('still gives a status-based code when the body is not the error shape', async () => {
    const client = createApiClient({ baseUrl });
    const error = await client.get('/html').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'http.502' });
  });

  it('reports a network failure as code "network" with status 0', async () => {
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:1' });
    const error = await client.get('/ok').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });

  it('tells the app when the session is gone (401)', async () => {
    let calls = 0;
    const client = createApiClient({ baseUrl, onUnauthorized: () => calls++ });
    await client.get('/unauthorized').catch(() => undefined);
    await client.get('/coded').catch(() => undefined);
    expect(calls).toBe(1);
  });

  it('maps errors to a translation key: code first, then status, then generic', () => {
    const known = new Set(['errors.code.calls_not_found', 'errors.status.429', 'errors.network']);
    const has = (key: string) => known.has(key);
    expect(errorMessageKey(new ApiError(404, 'calls.not_found', ''), has)).toBe('errors.code.calls_not_found');
    expect(errorMessageKey(new ApiError(429, 'rate.limited', ''), has)).toBe('errors.status.429');
    expect(errorMessageKey(new ApiError(0, 'network', ''), has)).toBe('errors.network');
    expect(errorMessageKey(new ApiError(503, 'http.503', ''), has)).toBe('errors.server');
    expect(errorMessageKey(new Error('boom'), has)).toBe('errors.unknown');
  });

  it('shows the server’s own words only for input problems (they name the field or file)', () => {
    expect(showsServerDetail(new ApiError(422, 'ingest.parse', 'a.vtt line 3: expected a timestamp'))).toBe(true);
    expect(showsServerDetail(new ApiError(500, 'internal', 'stack…'))).toBe(false);
    expect(showsServerDetail(new ApiError(404, 'calls.not_found', 'x'))).toBe(false);
  });
});
