import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../helpers/app.ts';
import { coachingAudit, startCoachingWorld, type CoachingWorld } from './setup.ts';

let w: CoachingWorld;
let sessionId: string;
let assignmentA: string;
let assignmentB: string;
beforeAll(async () => {
  w = await startCoachingWorld();
  const s = await w.trainer.post('/api/coaching/sessions', { title: 'Base', clips: [{ callId: w.calls.angryEn, turn: 2, kind: 'good' }] });
  sessionId = s.body.id;
  const items = (await w.trainer.post(`/api/coaching/sessions/${sessionId}/assign`, { agentIds: ['agent-a', 'agent-b'], dueAt: '2020-01-01' })).body.items;
  assignmentA = items.find((a: { agent: { id: string } }) => a.agent.id === 'agent-a').id;
  assignmentB = items.find((a: { agent: { id: string } }) => a.agent.id === 'agent-b').id;
});
afterAll(async () => {
  await w.server.close();
  removeDir(w.server.dir);
});

const count = (table: string) => (w.server.app.ctx.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('coaching roles', () => {
  it('lets no agent create, change or assign sessions, or see their before/after', async () => {
    const clip = { callId: w.calls.angryEn, turn: 2, kind: 'good' };
    expect((await w.agentA.post('/api/coaching/sessions', { title: 'Mine', clips: [clip] })).status).toBe(403);
    expect((await w.agentA.patch(`/api/coaching/sessions/${sessionId}`, { title: 'Mine' })).status).toBe(403);
    expect((await w.agentA.post(`/api/coaching/sessions/${sessionId}/assign`, { agentIds: ['agent-a'] })).status).toBe(403);
    expect((await w.agentA.get(`/api/coaching/sessions/${sessionId}/impact`)).status).toBe(403);
  });

  it('shows an agent only their own assignments, attempts and assigned sessions', async () => {
    const mine = (await w.agentA.get('/api/coaching/assignments')).body.items;
    expect(mine.map((a: { id: string }) => a.id)).toEqual([assignmentA]);
    expect((await w.agentA.get('/api/coaching/assignments?agentId=agent-b')).body.items).toEqual([]);
    expect((await w.agentA.get(`/api/coaching/assignments/${assignmentB}`)).status).toBe(404);
    expect((await w.agentA.get(`/api/coaching/assignments/${assignmentB}/drills`)).status).toBe(404);
    expect((await w.agentA.put(`/api/coaching/assignments/${assignmentB}/reflection`, { reflection: 'Not mine' })).status).toBe(404);
    expect(mine[0].overdue).toBe(true);

    const s2 = (await w.trainer.post('/api/coaching/sessions', { title: 'Only B', clips: [{ callId: w.calls.fa, turn: 2, kind: 'good' }] })).body;
    await w.trainer.post(`/api/coaching/sessions/${s2.id}/assign`, { agentIds: ['agent-b'] });
    expect((await w.agentA.get('/api/coaching/sessions')).body.items.map((s: { id: string }) => s.id)).toEqual([sessionId]);
    expect((await w.agentA.get(`/api/coaching/sessions/${s2.id}`)).status).toBe(404);
    expect((await w.agentB.get(`/api/coaching/sessions/${s2.id}`)).status).toBe(200);
    expect((await w.trainer.get('/api/coaching/sessions')).body.items).toHaveLength(2);
  });

  it('keeps review, reflection and completion to the assigned agent', async () => {
    const clipId = (await w.trainer.get(`/api/coaching/sessions/${sessionId}`)).body.clips[0].id;
    const r = await w.trainer.post(`/api/coaching/assignments/${assignmentA}/clips/${clipId}/review`);
    expect(r.status).toBe(403);
    expect((await w.qa.post(`/api/coaching/assignments/${assignmentA}/complete`, { reflection: 'x' })).status).toBe(403);
    expect((await w.agentB.post(`/api/coaching/assignments/${assignmentA}/clips/${clipId}/review`)).status).toBe(404);
  });

  it('needs sign-in', async () => {
    const anonymous = await fetch(`${w.server.url}/api/coaching/assignments`);
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${w.server.url}/api/moments`)).status).toBe(401);
  });
});

describe('coaching bad input', () => {
  it('rejects bad sessions with a 400 naming the clip, and writes nothing', async () => {
    const before = [count('coaching_sessions'), count('session_clips'), count('session_focus_items'), coachingAudit(w.server).length];
    const good = { callId: w.calls.angryEn, turn: 2, kind: 'good' };
    const cases: [unknown, string, string][] = [
      [{ title: 'Empty', clips: [] }, 'coaching.no_clips', 'at least one clip'],
      [{ title: 'Ghost call', clips: [good, { callId: 'no-such-call', turn: 0, kind: 'poor' }] }, 'coaching.unknown_call', 'clips[1].callId'],
      [{ title: 'Past the end', clips: [good, { callId: w.calls.angryEn, fromTurn: 2, toTurn: 9, kind: 'poor' }] }, 'coaching.bad_clip_range', 'outside the call (turns 0–3)'],
      [{ title: 'Backwards', clips: [{ callId: w.calls.angryEn, fromTurn: 3, toTurn: 1, kind: 'poor' }] }, 'coaching.bad_clip_range', 'clips[0]'],
      [{ title: 'No turn', clips: [{ callId: w.calls.angryEn, kind: 'poor' }] }, 'coaching.bad_clip_range', 'give "turn"'],
      [{ title: 'Bad kind', clips: [{ ...good, kind: 'great' }] }, 'request.invalid', 'kind'],
      [{ title: 'Bad item', focusItems: ['charm'], clips: [good] }, 'request.invalid', 'focusItems'],
      [{ title: '', clips: [good] }, 'request.invalid', 'title'],
    ];
    for (const [body, code, text] of cases) {
      const r = await w.trainer.post('/api/coaching/sessions', body);
      expect(r.status, code).toBe(400);
      expect(r.body.error.code).toBe(code);
      expect(r.body.error.message).toContain(text);
    }
    expect([count('coaching_sessions'), count('session_clips'), count('session_focus_items'), coachingAudit(w.server).length]).toEqual(before);
  });

  it('rejects assigning to unknown agents or teams, and assigns no one', async () => {
    const before = count('assignments');
    const unknown = await w.trainer.post(`/api/coaching/sessions/${sessionId}/assign`, { agentIds: ['agent-a', 'agent-zz'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'coaching.unknown_agents' });
    expect(unknown.body.error.message).toContain('"agent-zz"');
    expect((await w.trainer.post(`/api/coaching/sessions/${sessionId}/assign`, { teamId: 'no-team' })).body.error.code).toBe('coaching.unknown_team');
    expect((await w.trainer.post(`/api/coaching/sessions/${sessionId}/assign`, {})).body.error.code).toBe('coaching.no_assignees');
    const empty = w.server.app.ctx.repos.agents.createTeam('Nobody yet');
    const emptyTeam = await w.trainer.post(`/api/coaching/sessions/${sessionId}/assign`, { teamId: empty.id });
    expect(emptyTeam.status).toBe(400);
    expect(emptyTeam.body.error).toMatchObject({ code: 'coaching.empty_team', message: 'body.teamId: team "Nobody yet" has no agents' });
    expect((await w.trainer.post(`/api/coaching/sessions/${sessionId}/assign`, { agentIds: ['agent-a'], dueAt: 'next week' })).status).toBe(400);
    expect((await w.trainer.post('/api/coaching/sessions/nope/assign', { agentIds: ['agent-a'] })).status).toBe(404);
    expect(count('assignments')).toBe(before);
  });

  it('rejects an empty reflection and completing without one', async () => {
    const empty = await w.agentB.put(`/api/coaching/assignments/${assignmentB}/reflection`, { reflection: '   ' });
    expect(empty.status).toBe(400);
    const clipId = (await w.agentB.get(`/api/coaching/assignments/${assignmentB}`)).body.session.clips[0].id;
    await w.agentB.post(`/api/coaching/assignments/${assignmentB}/clips/${clipId}/review`);
    const noReflection = await w.agentB.post(`/api/coaching/assignments/${assignmentB}/complete`);
    expect(noReflection.status).toBe(400);
    expect(noReflection.body.error.code, noReflection.text).toBe('coaching.reflection_required');
    expect((await w.agentB.get(`/api/coaching/assignments/${assignmentB}`)).body.status).toBe('in_progress');
  });
});
