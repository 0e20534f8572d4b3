import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeek } from '../../server/repos/stats.ts';
import { seedDemo } from '../../server/seed/demo.ts';
import { addUser, client, removeDir, startServer, transcript, type Client, type TestServer } from '../helpers/app.ts';

let server: TestServer;
let qa: Client;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startServer();
  await addUser(server, { email: 'qa@x.test', role: 'qa_lead' });
  const { repos } = server.app.ctx;
  repos.agents.createTeam('Team T', 'team-t');
  for (const id of ['agent-1', 'agent-2', 'agent-3']) repos.agents.create({ id, name: id, teamId: 'team-t' });
  qa = client(server);
  await qa.login('qa@x.test');
  let n = 0;
  for (const agent of ['agent-1', 'agent-2', 'agent-3']) {
    for (const ago of [1, 8, 9]) await qa.post('/api/calls', transcript(n++, { agent: { id: agent }, startedAt: daysAgo(ago) }));
  }
});
afterAll(async () => {
  await server.close();
  removeDir(server.dir);
});

describe('reports', () => {
  it('summarises an agent by ISO week next to the team median', async () => {
    const r = await qa.get('/api/reports/agents/agent-1?weeks=4');
    expect(r.status).toBe(200);
    expect(r.body.agent).toMatchObject({ id: 'agent-1', teamId: 'team-t', teamName: 'Team T' });
    const weeks = new Set([1, 8, 9].map((d) => isoWeek(daysAgo(d)).week));
    expect(r.body.weeks.map((w: { week: string }) => w.week)).toEqual([...weeks].sort());
    expect(r.body.weeks.reduce((s: number, w: { calls: number }) => s + w.calls, 0)).toBe(3);
    for (const w of r.body.weeks) {
      expect(w.week).toMatch(/^\d{4}-W\d{2}$/);
      expect(Object.keys(w.items).sort()).toEqual(['acknowledge_emotion', 'acts_on_what_was_said', 'follow_up_questions', 'interruptions', 'pacing', 'paraphrasing']);
    }
    expect(r.body.teamMedian.map((w: { week: string }) => w.week)).toEqual([...weeks].sort());
  });

  it('gives a team view: per agent, a score distribution and weekly trend', async () => {
    const r = await qa.get('/api/reports/team?teamId=team-t');
    expect(r.body.agents.map((a: { agent: { id: string } }) => a.agent.id)).toEqual(['agent-1', 'agent-2', 'agent-3']);
    for (const a of r.body.agents) expect(a.calls).toBe(3);
    expect(r.body.distribution.buckets).toHaveLength(10);
    const scored = (await qa.get('/api/calls?teamId=team-t&limit=200')).body.items.filter((c: { overall: number | null }) => c.overall !== null).length;
    expect(r.body.distribution.buckets.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(scored);
    expect((await qa.get('/api/reports/team?teamId=nope')).status).toBe(404);
  });

  it('keeps the data after a restart', async () => {
    const before = (await qa.get('/api/calls')).body.total;
    server = await server.restart();
    const again = client(server);
    await again.login('qa@x.test');
    expect((await again.get('/api/calls')).body.total).toBe(before);
    qa = again;
  });
});

describe('isoWeek', () => {
  it('follows ISO 8601 at year boundaries', () => {
    expect(isoWeek('2026-01-01T12:00:00Z')).toEqual({ week: '2026-W01', start: '2025-12-29' });
    expect(isoWeek('2027-01-01T12:00:00Z')).toEqual({ week: '2026-W53', start: '2026-12-28' });
    expect(isoWeek('2026-11-02T09:14:00Z')).toEqual({ week: '2026-W45', start: '2026-11-02' });
  });
});

describe('demo seed', () => {
  it('creates the demo users, teams, agents and scored calls placed daysAgo back, once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-demo-'));
    mkdirSync(path.join(dir, 'calls'));
    writeFileSync(path.join(dir, 'people.json'), JSON.stringify({
      teams: [{ id: 'tn', name: 'North' }, { id: 'ts', name: 'South' }],
      agents: [1, 2, 3, 4].map((i) => ({ id: `agent${i}`, name: `Agent ${i}`, team: i <= 2 ? 'tn' : 'ts', email: `agent${i}@demo.attune` })),
    }));
    for (let i = 0; i < 6; i++) {
      writeFileSync(path.join(dir, 'calls', `${i}.json`), JSON.stringify({ ...transcript(i, { agent: { id: `agent${(i % 4) + 1}` } }), startedAt: undefined, demo: { agent: `agent${(i % 4) + 1}`, daysAgo: i * 7, timeOfDay: '09:30' } }));
    }
    writeFileSync(path.join(dir, 'calls', 'broken.json'), JSON.stringify({ turns: [] }));
    const s = await startServer();
    try {
      const { db, repos } = s.app.ctx;
      const logins = await seedDemo(db, repos, 'demo-password', dir);
      expect(logins!.map((l) => l.email)).toEqual(['admin@demo.attune', 'qa@demo.attune', 'trainer@demo.attune', 'agent1@demo.attune', 'agent2@demo.attune', 'agent3@demo.attune', 'agent4@demo.attune']);
      expect(await seedDemo(db, repos, 'demo-password', dir)).toBeNull();
      const agent = client(s);
      const me = (await agent.login('agent1@demo.attune', 'demo-password')).body.user;
      expect(me).toMatchObject({ role: 'agent', agentId: 'agent1' });
      const c = client(s);
      await c.login('qa@demo.attune', 'demo-password');
      const calls = (await c.get('/api/calls?limit=200')).body;
      expect(calls.total).toBe(6);
      const oldest = calls.items[calls.items.length - 1];
      expect(Math.round((Date.now() - Date.parse(oldest.startedAt)) / 86_400_000)).toBeGreaterThanOrEqual(34);
      expect(oldest.startedAt).toMatch(/T09:30:00\.000Z$/);
      expect((await c.get('/api/teams')).body.items.map((t: { agents: number }) => t.agents)).toEqual([2, 2]);
    } finally {
      await s.close();
      removeDir(s.dir);
      removeDir(dir);
    }
  });
});
