import { afterEach, describe, expect, it } from 'vitest';
import { addUser, client, removeDir, startServer, transcript, waitForJob, type TestServer } from '../helpers/app.ts';

let server: TestServer | undefined;
afterEach(async () => {
  if (server) {
    await server.close().catch(() => undefined);
    removeDir(server.dir);
    server = undefined;
  }
});

async function qaClient(s: TestServer) {
  await addUser(s, { email: 'qa@x.test', role: 'qa_lead' });
  const c = client(s);
  await c.login('qa@x.test');
  return c;
}

describe('bulk upload', () => {
  it('scores every good file of a multipart upload and records the bad ones by name', async () => {
    server = await startServer();
    const c = await qaClient(server);
    const form = new FormData();
    for (let i = 0; i < 200; i++) form.append('file', new Blob([JSON.stringify(transcript(i))], { type: 'application/json' }), `call-${i}.json`);
    form.append('file', new Blob(['{ not json'], { type: 'application/json' }), 'broken.json');
    form.append('file', new Blob([JSON.stringify(transcript(999, { turns: [] }))], { type: 'application/json' }), 'empty.json');
    form.append('file', new Blob([JSON.stringify(transcript(998, { turns: [{ speaker: 'agent', text: 'hello?' }] }))]), 'one-speaker.json');
    form.append('file', new Blob(['Agent: Hello, how can I help?\nCustomer: My bill is wrong.\nAgent: So your bill is higher than usual? I have fixed it now.\n']), 'plain.txt');
    const r = await c.post('/api/calls/bulk?agentId=agent-a', form);
    expect(r.status).toBe(202);
    const job = await waitForJob(c, r.body.jobId);
    expect(job.total).toBe(204);
    expect(job.done).toBe(201);
    expect(job.failed).toBe(3);
    expect(job.errors.map((e: { file: string }) => e.file).sort()).toEqual(['broken.json', 'empty.json', 'one-speaker.json']);
    for (const e of job.errors) expect(e.message).toContain(e.file);
    const list = await c.get('/api/calls?limit=1');
    expect(list.body.total).toBe(201);
  });

  it('accepts NDJSON, one transcript per line, and counts a duplicate as done with the existing call', async () => {
    server = await startServer();
    const c = await qaClient(server);
    const first = await c.post('/api/calls', transcript(1));
    expect(first.status).toBe(201);
    const body = [transcript(1), transcript(2), transcript(2)].map((t) => JSON.stringify(t)).join('\n') + '\n{"turns": 5}\n';
    const r = await c.post('/api/calls/bulk', body, { 'content-type': 'application/x-ndjson' });
    expect(r.status).toBe(202);
    const job = await waitForJob(c, r.body.jobId);
    expect(job).toMatchObject({ total: 4, done: 3, failed: 1 });
    expect(job.errors[0].file).toBe('line 4');
    expect(job.callIds).toContain(first.body.id);
    expect((await c.get('/api/calls')).body.total).toBe(2);
  });

  it('resumes an interrupted job after a restart with nothing lost', async () => {
    server = await startServer({ workers: 1 });
    const c = await qaClient(server);
    const body = Array.from({ length: 300 }, (_, i) => JSON.stringify(transcript(i))).join('\n');
    const r = await c.post('/api/calls/bulk', body, { 'content-type': 'application/x-ndjson' });
    expect(r.status).toBe(202);
    expect(server.app.ctx.repos.jobs.view(r.body.jobId)!.done).toBeLessThan(300); // 300 files on one worker: far from done
    server = await server.restart(); // closes mid-job: the files still queued stay in the database
    const c2 = client(server);
    await c2.login('qa@x.test');
    const job = await waitForJob(c2, r.body.jobId);
    expect(job).toMatchObject({ total: 300, done: 300, failed: 0 });
    expect((await c2.get('/api/calls?limit=1')).body.total).toBe(300);
  });

  it('runs a job that was queued in the database before the server started', async () => {
    server = await startServer();
    await addUser(server, { email: 'qa@x.test', role: 'qa_lead' });
    const { jobs } = server.app.ctx.repos;
    const jobId = jobs.beginReceiving({}, null);
    jobs.addFiles(jobId, [{ name: 'a.json', raw: JSON.stringify(transcript(7)) }]);
    jobs.accept(jobId);
    // An upload cut off before its 202 is dropped at start-up, not run.
    const cutOff = jobs.beginReceiving({}, null);
    jobs.addFiles(cutOff, [{ name: 'b.json', raw: JSON.stringify(transcript(8)) }]);
    server = await server.restart();
    const c = client(server);
    await c.login('qa@x.test');
    const job = await waitForJob(c, jobId);
    expect(job).toMatchObject({ total: 1, done: 1, failed: 0 });
    expect((await c.get(`/api/jobs/${cutOff}`)).status).toBe(404);
    expect((await c.get('/api/calls')).body.total).toBe(1);
  });

  it('refuses a bulk upload over the size limit with 413 and keeps nothing of it', async () => {
    server = await startServer({ maxBulkBytes: 64 * 1024 });
    const c = await qaClient(server);
    const body = Array.from({ length: 200 }, (_, i) => JSON.stringify(transcript(i))).join('\n');
    expect(body.length).toBeGreaterThan(64 * 1024);
    const r = await c.post('/api/calls/bulk', body, { 'content-type': 'application/x-ndjson' });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('request.too_large');
    expect((await c.get('/api/jobs')).body.items).toEqual([]);
    expect(server.app.ctx.db.$client.prepare('select count(*) as n from job_files').get()).toEqual({ n: 0 });
    expect((await c.post('/api/calls/bulk', '\n\n', { 'content-type': 'application/x-ndjson' })).status).toBe(400);
  });

  it('refuses a bulk upload that is not multipart or NDJSON', async () => {
    server = await startServer();
    const c = await qaClient(server);
    const r = await c.post('/api/calls/bulk', [transcript(1)]);
    expect(r.status).toBe(415);
    expect(r.body.error.code).toBe('request.unsupported_type');
  });
});

describe('job list', () => {
  it('lists recent jobs with their counts', async () => {
    server = await startServer();
    await addUser(server, { email: 'qa@x.test', role: 'qa_lead' });
    const c = client(server);
    await c.login('qa@x.test');
    const r = await c.post('/api/calls/bulk', `${JSON.stringify(transcript(1))}\nnot json`, { 'content-type': 'application/x-ndjson' });
    await waitForJob(c, r.body.jobId);
    const list = await c.get('/api/jobs');
    expect(list.body.items).toEqual([expect.objectContaining({ id: r.body.jobId, kind: 'bulk', status: 'done', total: 2, done: 1, failed: 1 })]);
  });
});
