import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir } from '../helpers/app.ts';
import { startCoachingWorld, type CoachingWorld } from './setup.ts';

let w: CoachingWorld;
beforeAll(async () => { w = await startCoachingWorld(); });
afterAll(async () => {
  await w.server.close();
  removeDir(w.server.dir);
});

type Moment = { callId: string; turn: number; speaker: string; text: string; tags: string[]; itemId: string | null; status: string | null; agent: { id: string }; context: { before: { index: number; speaker: string; negativeEmotion?: boolean }[]; after: { index: number }[] } };
const key = (m: Moment) => `${m.callId}#${m.turn}`;

describe('moment search', () => {
  it('finds empathy that followed an angry customer, with two turns before and one after', async () => {
    const r = await w.trainer.get('/api/moments?tag=empathy&afterNegativeEmotion=true');
    expect(r.status).toBe(200);
    const items: Moment[] = r.body.items;
    const byCall = new Set(items.map((m) => m.callId));
    expect(byCall.has(w.calls.angryEn)).toBe(true);
    expect(byCall.has(w.calls.calmEn)).toBe(false);
    expect(byCall.has(w.calls.ignoredEn)).toBe(false);
    for (const m of items) {
      expect(m.speaker).toBe('agent');
      expect(m.tags).toContain('empathy');
      const prev = m.context.before[m.context.before.length - 1];
      expect(prev).toMatchObject({ index: m.turn - 1, speaker: 'customer', negativeEmotion: true });
    }
    const angry = items.find((m) => m.callId === w.calls.angryEn)!;
    expect(angry).toMatchObject({ turn: 2, agent: { id: 'agent-a' }, language: 'en', startedAt: '2026-11-10T09:00:00.000Z' });
    expect(angry.context.before.map((t) => t.index)).toEqual([0, 1]);
    expect(angry.context.after.map((t) => t.index)).toEqual([3]);
    expect(r.body.nextCursor).toBeNull();
  });

  it('finds the evidence turns of calls where an item has a given status', async () => {
    const r = await w.trainer.get('/api/moments?item=acknowledge_emotion&status=fail');
    expect(r.status).toBe(200);
    const items: Moment[] = r.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((m) => m.callId))).toEqual(new Set([w.calls.ignoredEn]));
    for (const m of items) expect(m).toMatchObject({ itemId: 'acknowledge_emotion', status: 'fail' });
    // A QA override changes the effective status the search uses.
    const o = await w.qa.post(`/api/calls/${w.calls.ignoredEn}/overrides`, { itemId: 'acknowledge_emotion', status: 'pass', reason: 'Test override' });
    expect(o.status).toBe(201);
    expect((await w.trainer.get('/api/moments?item=acknowledge_emotion&status=fail')).body.items).toEqual([]);
    await w.qa.post(`/api/calls/${w.calls.ignoredEn}/overrides`, { itemId: 'acknowledge_emotion', status: 'fail', reason: 'Back' });
  });

  it('filters by language, agent and date', async () => {
    const fa: Moment[] = (await w.trainer.get('/api/moments?language=fa')).body.items;
    expect(fa.length).toBeGreaterThan(0);
    expect(new Set(fa.map((m) => m.callId))).toEqual(new Set([w.calls.fa]));
    const b: Moment[] = (await w.trainer.get('/api/moments?agentId=agent-b')).body.items;
    expect(new Set(b.map((m) => m.agent.id))).toEqual(new Set(['agent-b']));
    const day: Moment[] = (await w.trainer.get('/api/moments?from=2026-11-12&to=2026-11-12')).body.items;
    expect(new Set(day.map((m) => m.callId))).toEqual(new Set([w.calls.calmEn]));
  });

  it('pages with a cursor through the same moments, without repeats', async () => {
    const all: Moment[] = (await w.trainer.get('/api/moments?limit=200')).body.items;
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await w.trainer.get(`/api/moments?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.body.items.map(key));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map(key));
  });

  it('shows an agent only the moments of their own calls', async () => {
    const own: Moment[] = (await w.agentA.get('/api/moments')).body.items;
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((m) => m.agent.id))).toEqual(new Set(['agent-a']));
    expect((await w.agentA.get('/api/moments?agentId=agent-b')).body.items).toEqual([]);
  });

  it('rejects a status without an item, unknown tags and forged cursors with 400', async () => {
    const noItem = await w.trainer.get('/api/moments?status=fail');
    expect(noItem.status).toBe(400);
    expect(noItem.body.error.code).toBe('moments.status_without_item');
    const tag = await w.trainer.get('/api/moments?tag=shouting');
    expect(tag.status).toBe(400);
    expect(tag.body.error.message).toContain('tag');
    const cursor = await w.trainer.get('/api/moments?cursor=bm9wZQ');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.code).toBe('moments.bad_cursor');
  });
});
