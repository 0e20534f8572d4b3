import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../helpers/app.ts';
import { coachingAudit, startCoachingWorld, type CoachingWorld } from './setup.ts';

let w: CoachingWorld;
beforeAll(async () => { w = await startCoachingWorld(); });
afterAll(async () => {
  await w.server.close();
  removeDir(w.server.dir);
});

describe('the coaching loop over HTTP', () => {
  it('goes from moments to a session, an assignment, reviews, a drill and completion, all audited', async () => {
    // 1. The trainer finds a good and a poor moment.
    const good = (await w.trainer.get('/api/moments?tag=empathy&afterNegativeEmotion=true&language=en')).body.items
      .find((m: { callId: string }) => m.callId === w.calls.angryEn);
    const poor = (await w.trainer.get('/api/moments?item=acknowledge_emotion&status=fail')).body.items[0];
    expect(good).toBeDefined();
    expect(poor.callId).toBe(w.calls.ignoredEn);

    // 2. A session from them; the focus items come from what the clips show.
    const created = await w.trainer.post('/api/coaching/sessions', {
      title: 'Name the feeling first', description: 'Angry customers',
      clips: [
        { callId: good.callId, turn: good.turn, note: 'Feeling named, then the refund', kind: 'good' },
        { callId: poor.callId, turn: 2, note: 'The customer was upset and heard "please hold"', kind: 'poor' },
      ],
    });
    expect(created.status).toBe(201);
    const session = created.body;
    expect(session).toMatchObject({ title: 'Name the feeling first', language: 'en', createdBy: { name: 'Tara Trainer' }, assignments: 0 });
    expect(session.focusItems).toContain('acknowledge_emotion');
    expect(session.clips.map((c: { kind: string; fromTurn: number; toTurn: number; turn: number }) => [c.kind, c.turn, c.fromTurn, c.toTurn]))
      .toEqual([['good', 2, 0, 3], ['poor', 2, 0, 3]]);
    expect((await w.trainer.get('/api/coaching/sessions')).body.items.map((s: { id: string }) => s.id)).toEqual([session.id]);

    // 3. Assigned to agent A with a due date; assigning again changes nothing.
    const assigned = await w.trainer.post(`/api/coaching/sessions/${session.id}/assign`, { agentIds: ['agent-a'], dueAt: '2030-01-31' });
    expect(assigned.status).toBe(201);
    expect(assigned.body.items).toHaveLength(1);
    const assignment = assigned.body.items[0];
    expect(assignment).toMatchObject({ agent: { id: 'agent-a', name: 'Agent A' }, dueAt: '2030-01-31', status: 'assigned', completedAt: null });
    const again = await w.trainer.post(`/api/coaching/sessions/${session.id}/assign`, { agentIds: ['agent-a'], dueAt: null });
    expect(again.body).toEqual({ items: [], alreadyAssigned: ['agent-a'] });

    // 4. The agent sees it, with the clips' turns (even of calls they could not open).
    const mine = await w.agentA.get('/api/coaching/assignments?mine=true');
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([assignment.id]);
    expect(mine.body.items[0].session).toMatchObject({ id: session.id, title: 'Name the feeling first', focusItems: session.focusItems });
    expect(mine.body.items[0].session.clips).toHaveLength(2);
    const detail = (await w.agentA.get(`/api/coaching/assignments/${assignment.id}`)).body;
    expect(detail.session.clips[1].turns.map((t: { text: string }) => t.text)).toContain('Please hold.');
    expect(detail.overdue).toBe(false);

    // 5. Not complete before every clip is reviewed.
    const early = await w.agentA.post(`/api/coaching/assignments/${assignment.id}/complete`, { reflection: 'Too soon' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('coaching.clips_not_reviewed');
    const [clip1, clip2] = session.clips;
    const r1 = await w.agentA.post(`/api/coaching/assignments/${assignment.id}/clips/${clip1.id}/review`);
    expect(r1.status).toBe(200);
    expect(r1.body).toMatchObject({ status: 'in_progress', reviewedClipIds: [clip1.id] });
    await w.agentA.post(`/api/coaching/assignments/${assignment.id}/clips/${clip2.id}/review`);

    // 6. A drill on the poor clip's customer turn.
    const drill = await w.agentA.post(`/api/coaching/assignments/${assignment.id}/drills`, {
      clipId: clip2.id,
      reply: "I'm so sorry, that sounds really upsetting. So the parcel is a week late and it was for the birthday? I've just sent a replacement by express and I'll call you tomorrow by 10 am to confirm.",
    });
    expect(drill.status).toBe(201);
    expect(drill.body).toMatchObject({ clipId: clip2.id, customerTurn: 1, language: 'en' });
    const acknowledge = drill.body.feedback.checks.find((c: { id: string }) => c.id === 'acknowledge');
    expect(acknowledge).toMatchObject({ relevant: true, done: true });

    // 7. Reflection, completion; nothing changes after that.
    expect((await w.agentA.put(`/api/coaching/assignments/${assignment.id}/reflection`, { reflection: 'I jump to solutions.' })).body.reflection).toBe('I jump to solutions.');
    const done = await w.agentA.post(`/api/coaching/assignments/${assignment.id}/complete`, {});
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', reflection: 'I jump to solutions.' });
    expect(Date.parse(done.body.completedAt)).not.toBeNaN();
    const late = await w.agentA.post(`/api/coaching/assignments/${assignment.id}/clips/${clip1.id}/review`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('coaching.assignment_completed');

    // 8. The trainer follows along.
    const all = (await w.trainer.get(`/api/coaching/assignments?sessionId=${session.id}`)).body.items;
    expect(all).toMatchObject([{ id: assignment.id, status: 'completed', drillAttempts: 1 }]);
    expect((await w.trainer.get(`/api/coaching/assignments/${assignment.id}/drills`)).body.items).toHaveLength(1);
    expect((await w.trainer.get(`/api/coaching/sessions/${session.id}`)).body.assignments).toBe(1);

    // 9. Clips can no longer be replaced once practised; the title can.
    const replace = await w.trainer.patch(`/api/coaching/sessions/${session.id}`, { clips: [{ callId: good.callId, turn: 2, kind: 'good' }] });
    expect(replace.status).toBe(409);
    expect(replace.body.error.code).toBe('coaching.session_in_use');
    const renamed = await w.trainer.patch(`/api/coaching/sessions/${session.id}`, { title: 'Feelings first', focusItems: ['acknowledge_emotion', 'paraphrasing'] });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Feelings first', focusItems: ['acknowledge_emotion', 'paraphrasing'] });
    expect(renamed.body.clips).toHaveLength(2);

    const trail = (await w.trainer.get(`/api/coaching/sessions/${session.id}/audit`)).body.items;
    expect(trail.map((e: { actor: { name: string }; action: string }) => `${e.actor.name}:${e.action}`)).toEqual(coachingAudit(w.server).map((e) => `${e.actorName}:${e.action}`));
    expect((await w.agentA.get(`/api/coaching/sessions/${session.id}/audit`)).status).toBe(403);
    expect(coachingAudit(w.server).map((e) => `${e.actorName}:${e.action}`)).toEqual([
      'Tara Trainer:coaching.session_created', 'Tara Trainer:coaching.assigned', 'Tara Trainer:coaching.assigned',
      'Agent A:coaching.clip_reviewed', 'Agent A:coaching.clip_reviewed', 'Agent A:coaching.drill_attempted',
      'Agent A:coaching.reflection_saved', 'Agent A:coaching.completed', 'Tara Trainer:coaching.session_updated',
    ]);
  });

  it('assigns a whole team and lets an unstarted session have its clips replaced', async () => {
    const { db } = w.server.app.ctx;
    const team = w.server.app.ctx.repos.agents.createTeam('Night shift');
    db.$client.prepare('update agents set team_id = ? where id in (?, ?)').run(team.id, 'agent-a', 'agent-b');
    const s = (await w.qa.post('/api/coaching/sessions', {
      title: 'Follow-ups', focusItems: ['follow_up_questions'], language: 'fa',
      clips: [{ callId: w.calls.fa, fromTurn: 1, toTurn: 2, kind: 'good' }],
    })).body;
    expect(s).toMatchObject({ language: 'fa', focusItems: ['follow_up_questions'], clips: [{ fromTurn: 1, toTurn: 2, turn: 1, note: '' }] });
    const r = await w.qa.post(`/api/coaching/sessions/${s.id}/assign`, { teamId: team.id, dueAt: '2030-02-01' });
    expect(r.status).toBe(201);
    expect(r.body.items.map((a: { agent: { id: string } }) => a.agent.id).sort()).toEqual(['agent-a', 'agent-b']);
    const replaced = await w.qa.patch(`/api/coaching/sessions/${s.id}`, { clips: [{ callId: w.calls.ar, turn: 2, kind: 'poor', note: 'x' }] });
    expect(replaced.status).toBe(200);
    expect(replaced.body.clips).toMatchObject([{ callId: w.calls.ar, turn: 2, kind: 'poor' }]);
    // This session's trail holds only its own changes.
    const trail = (await w.qa.get(`/api/coaching/sessions/${s.id}/audit`)).body.items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['coaching.session_created', 'coaching.assigned', 'coaching.session_updated']);
    expect(trail[1].detail).toMatchObject({ sessionId: s.id, teamId: team.id });
  });
});
