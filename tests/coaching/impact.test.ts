import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, client, removeDir, type Client } from '../helpers/app.ts';
import { startCoachingWorld, type CoachingWorld } from './setup.ts';

let w: CoachingWorld;
let agentC: Client;
let agentD: Client;
// Agents with no calls but the constructed history (the world's calls are recent for agents A and B).
beforeAll(async () => {
  w = await startCoachingWorld();
  await addUser(w.server, { email: 'c@x.test', role: 'agent', agentId: 'agent-c', name: 'Agent C' });
  await addUser(w.server, { email: 'd@x.test', role: 'agent', agentId: 'agent-d', name: 'Agent D' });
  agentC = client(w.server);
  await agentC.login('c@x.test');
  agentD = client(w.server);
  await agentD.login('d@x.test');
});
afterAll(async () => {
  await w.server.close();
  removeDir(w.server.dir);
});

const DAY = 86_400_000;
let n = 0;
/** A call with known effective statuses at a known time (what QA overrides would leave on a call). */
function insertCall(agentId: string, at: number, statuses: Record<string, string>) {
  n++;
  const sqlite = w.server.app.ctx.db.$client;
  sqlite.prepare(`insert into calls (id, external_id, agent_id, language, started_at, source_format, content_hash, statuses)
    values (?, ?, ?, 'en', ?, 'json', ?, ?)`).run(`hist-${n}`, `hist-${n}`, agentId, new Date(at).toISOString(), `hash-${n}`, JSON.stringify(statuses));
  sqlite.prepare(`insert into call_transcripts (call_id, transcript) values (?, '{"turns":[]}')`).run(`hist-${n}`);
}
const s = (ack: string, para: string) => ({ acknowledge_emotion: ack, paraphrasing: para, pacing: 'pass' });

describe('did it work: before and after pass rates', () => {
  it('compares the N weeks before the assignment with the N weeks after completion, per agent and pooled', async () => {
    const session = (await w.trainer.post('/api/coaching/sessions', {
      title: 'Feelings and restating', focusItems: ['acknowledge_emotion', 'paraphrasing'],
      clips: [{ callId: w.calls.angryEn, turn: 2, kind: 'good' }],
    })).body;
    const assigned = (await w.trainer.post(`/api/coaching/sessions/${session.id}/assign`, { agentIds: ['agent-c', 'agent-d'], dueAt: null })).body.items;
    const a = assigned.find((x: { agent: { id: string } }) => x.agent.id === 'agent-c');
    const b = assigned.find((x: { agent: { id: string } }) => x.agent.id === 'agent-d');
    const assignedA = Date.parse(a.assignedAt);
    const assignedB = Date.parse(b.assignedAt);

    // Before (inside 4 weeks): acknowledge 1 of 3 applicable, paraphrasing 1 of 4.
    insertCall('agent-c', assignedA - 1 * DAY, s('pass', 'fail'));
    insertCall('agent-c', assignedA - 8 * DAY, s('fail', 'fail'));
    insertCall('agent-c', assignedA - 15 * DAY, s('fail', 'pass'));
    insertCall('agent-c', assignedA - 27 * DAY, s('n/a', 'fail'));
    // Five weeks back: outside a 4-week window, inside a 6-week one.
    insertCall('agent-c', assignedA - 35 * DAY, s('pass', 'pass'));
    insertCall('agent-d', assignedB - 2 * DAY, s('fail', 'pass'));
    insertCall('agent-d', assignedB - 3 * DAY, s('fail', 'n/a'));

    const clipId = session.clips[0].id;
    await agentC.post(`/api/coaching/assignments/${a.id}/clips/${clipId}/review`);
    const done = (await agentC.post(`/api/coaching/assignments/${a.id}/complete`, { reflection: 'Name it, then restate it.' })).body;
    const completedA = Date.parse(done.completedAt);
    // After: acknowledge 2 of 3, paraphrasing 3 of 3; one call beyond 4 weeks.
    insertCall('agent-c', completedA + 1 * DAY, s('pass', 'pass'));
    insertCall('agent-c', completedA + 10 * DAY, s('pass', 'pass'));
    insertCall('agent-c', completedA + 20 * DAY, s('fail', 'pass'));
    insertCall('agent-c', completedA + 33 * DAY, s('fail', 'fail'));

    const r = await w.trainer.get(`/api/coaching/sessions/${session.id}/impact`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ weeks: 4, focusItems: ['acknowledge_emotion', 'paraphrasing'] });
    const byAgent = Object.fromEntries(r.body.agents.map((x: { agent: { id: string } }) => [x.agent.id, x]));
    const rates = (side: { calls: number; items: Record<string, { passRate: number | null }> }) =>
      [side.calls, side.items.acknowledge_emotion.passRate, side.items.paraphrasing.passRate];
    expect(rates(byAgent['agent-c'].before)).toEqual([4, 33.3, 25]);
    expect(rates(byAgent['agent-c'].after)).toEqual([3, 66.7, 100]);
    expect(byAgent['agent-c'].change).toEqual({ acknowledge_emotion: 33.4, paraphrasing: 75 });
    expect(rates(byAgent['agent-d'].before)).toEqual([2, 0, 100]);
    expect(byAgent['agent-d'].after).toBeNull();
    expect(byAgent['agent-d'].change).toEqual({ acknowledge_emotion: null, paraphrasing: null });
    // The whole session compares agents who completed: here only agent C.
    expect(r.body.overall.agents).toBe(1);
    expect(rates(r.body.overall.before)).toEqual([4, 33.3, 25]);
    expect(rates(r.body.overall.after)).toEqual([3, 66.7, 100]);

    const six = (await w.trainer.get(`/api/coaching/sessions/${session.id}/impact?weeks=6`)).body;
    const sixA = six.agents.find((x: { agent: { id: string } }) => x.agent.id === 'agent-c');
    expect(rates(sixA.before)).toEqual([5, 50, 40]);
    expect(rates(sixA.after)).toEqual([4, 50, 75]);

    // The agent sees their own figures, not a colleague's.
    const own = await agentC.get(`/api/coaching/assignments/${a.id}/impact`);
    expect(own.status).toBe(200);
    expect(rates(own.body.after)).toEqual([3, 66.7, 100]);
    expect((await agentD.get(`/api/coaching/assignments/${a.id}/impact`)).status).toBe(404);
    expect((await agentC.get(`/api/coaching/sessions/${session.id}/impact`)).status).toBe(403);
  });
});
