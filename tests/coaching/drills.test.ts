import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../helpers/app.ts';
import { drillMessages } from '../../server/coaching/drill-messages.ts';
import { MAX_DRILL_REPLY } from '../../server/coaching/drill.ts';
import { startCoachingWorld, type CoachingWorld } from './setup.ts';

let w: CoachingWorld;
beforeAll(async () => { w = await startCoachingWorld(); });
afterAll(async () => {
  await w.server.close();
  removeDir(w.server.dir);
});

type Check = { id: string; relevant: boolean; done: boolean; message: string };
type Attempt = { id: string; tags: string[]; customerTurn: number; language: string; feedback: { checks: Check[]; summary: string; notes: string[]; customerNegativeEmotion: boolean } };

/** A one-clip session on `callId`, assigned to agent A; returns the assignment and clip ids. */
async function practice(callId: string, turn: number, language?: string) {
  const session = (await w.trainer.post('/api/coaching/sessions', {
    title: `Drill ${callId} ${language ?? ''}`, focusItems: ['acknowledge_emotion'], ...(language ? { language } : {}),
    clips: [{ callId, turn, kind: 'poor' }],
  })).body;
  const assignment = (await w.trainer.post(`/api/coaching/sessions/${session.id}/assign`, { agentIds: ['agent-a'] })).body.items[0];
  return { assignmentId: assignment.id as string, clipId: session.clips[0].id as string };
}

async function drill(p: { assignmentId: string; clipId: string }, reply: string, turn?: number) {
  return w.agentA.post(`/api/coaching/assignments/${p.assignmentId}/drills`, { clipId: p.clipId, reply, ...(turn === undefined ? {} : { turn }) });
}

const check = (a: Attempt, id: string) => a.feedback.checks.find((c) => c.id === id)!;
const TAG_OF: Record<string, string> = { paraphrase: 'paraphrase', acknowledge: 'empathy', follow_up: 'followup', action: 'action' };

/** Every check says what the scoring core's tags say, in the session's language. */
function expectConsistent(a: Attempt, language: 'en' | 'fa' | 'ar') {
  const m = drillMessages(language);
  for (const c of a.feedback.checks) {
    expect(c.done).toBe(a.tags.includes(TAG_OF[c.id]));
    const texts = m.checks[c.id as keyof typeof m.checks];
    expect(c.message).toBe(!c.relevant ? texts.notNeeded : c.done ? texts.done : texts.missing);
  }
}

const PERSIAN = /[پچژگکی]/;
const ARABIC_ONLY = /[يك]/;
const LATIN = /[a-z]/i;

describe('drills', () => {
  it('scores an English reply with the scoring core and explains each check', async () => {
    const p = await practice(w.calls.ignoredEn, 2);
    const good = await drill(p, "I'm so sorry, that sounds really upsetting. So the parcel is a week late and it was for the birthday? I've just sent a replacement by express and I'll call you tomorrow by 10 am to confirm.");
    expect(good.status).toBe(201);
    const a: Attempt = good.body;
    expect(a).toMatchObject({ customerTurn: 1, language: 'en', feedback: { customerNegativeEmotion: true } });
    expect(check(a, 'acknowledge')).toMatchObject({ relevant: true, done: true });
    expect(check(a, 'action').done).toBe(true);
    expectConsistent(a, 'en');

    const weak = (await drill(p, 'Please hold.')).body as Attempt;
    expect(weak.feedback.checks.filter((c) => c.relevant).every((c) => !c.done)).toBe(true);
    expect(weak.feedback.summary).toBe(drillMessages('en').noneDone);
    expect(check(weak, 'acknowledge').message).toBe(drillMessages('en').checks.acknowledge.missing);

    const stored = (await w.agentA.get(`/api/coaching/assignments/${p.assignmentId}/drills`)).body.items;
    expect(stored.map((x: Attempt) => x.id)).toEqual([a.id, weak.id]);
    expect((await w.agentA.get(`/api/coaching/assignments/${p.assignmentId}`)).body.status).toBe('in_progress');
  });

  it('does not ask to acknowledge a feeling the customer did not show', async () => {
    const p = await practice(w.calls.calmEn, 2);
    const a = (await drill(p, 'Sure. What is the new address you would like on the account?')).body as Attempt;
    expect(a.feedback.customerNegativeEmotion).toBe(false);
    expect(check(a, 'acknowledge')).toMatchObject({ relevant: false, message: drillMessages('en').checks.acknowledge.notNeeded });
    expectConsistent(a, 'en');
  });

  it('gives Persian feedback on a Persian call', async () => {
    const p = await practice(w.calls.fa, 2);
    const a = (await drill(p, 'کاملاً درک می‌کنم که ناراحت هستید. یعنی سه هفته است منتظر پولتان هستید؟ همین الان پیگیری می‌کنم و تا ساعت پنج با شما تماس می‌گیرم.')).body as Attempt;
    expect(a.language).toBe('fa');
    expect(check(a, 'acknowledge')).toMatchObject({ relevant: true, done: true });
    expectConsistent(a, 'fa');
    for (const text of [a.feedback.summary, ...a.feedback.checks.map((c) => c.message)]) {
      expect(text).toMatch(PERSIAN);
      expect(text).not.toMatch(LATIN);
    }
  });

  it('gives Arabic feedback on an Arabic call', async () => {
    const p = await practice(w.calls.ar, 2);
    const a = (await drill(p, 'أتفهم تماماً انزعاجك. يعني أنك تنتظر أموالك منذ ثلاثة أسابيع؟ سأتابع الأمر الآن وسأتصل بك قبل الساعة الخامسة اليوم.')).body as Attempt;
    expect(a.language).toBe('ar');
    expect(check(a, 'acknowledge')).toMatchObject({ relevant: true, done: true });
    expectConsistent(a, 'ar');
    for (const text of [a.feedback.summary, ...a.feedback.checks.map((c) => c.message)]) {
      expect(text).toMatch(ARABIC_ONLY);
      expect(text).not.toMatch(PERSIAN);
      expect(text).not.toMatch(LATIN);
    }
  });

  it('answers in the session language even when the call is in another', async () => {
    const p = await practice(w.calls.angryEn, 2, 'fa');
    const a = (await drill(p, "I'm so sorry. I'll refund it now.")).body as Attempt;
    expect(a.language).toBe('fa');
    expect(a.feedback.summary).toMatch(PERSIAN);
    expectConsistent(a, 'fa');
  });

  it('rejects empty, huge and misplaced replies with 4xx and stores nothing', async () => {
    const p = await practice(w.calls.ignoredEn, 2);
    const cases: [Promise<{ status: number; body: any }>, number, string][] = [
      [drill(p, '   '), 400, 'coaching.empty_reply'],
      [drill(p, 'x'.repeat(MAX_DRILL_REPLY + 1)), 400, 'coaching.reply_too_long'],
      [drill(p, 'Hello', 2), 400, 'coaching.not_customer_turn'],
      [drill({ ...p, clipId: 'nope' }, 'Hello'), 404, 'coaching.clip_not_found'],
      [w.trainer.post(`/api/coaching/assignments/${p.assignmentId}/drills`, { clipId: p.clipId, reply: 'Hi' }), 403, 'auth.forbidden'],
      [w.agentB.post(`/api/coaching/assignments/${p.assignmentId}/drills`, { clipId: p.clipId, reply: 'Hi' }), 404, 'coaching.assignment_not_found'],
    ];
    for (const [pending, status, code] of cases) {
      const r = await pending;
      expect(r.status, code).toBe(status);
      expect(r.body.error.code).toBe(code);
      expect(r.body.error.message.length).toBeGreaterThan(5);
    }
    const tooFar = await drill(p, 'Hello', 9);
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.message).toContain('outside this clip');
    expect((await w.agentA.get(`/api/coaching/assignments/${p.assignmentId}/drills`)).body.items).toEqual([]);
    expect((await w.agentA.get(`/api/coaching/assignments/${p.assignmentId}`)).body.status).toBe('assigned');
  });
});
