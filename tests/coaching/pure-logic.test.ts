import { describe, expect, it } from 'vitest';
import { clipRange } from '../../server/coaching/clips.ts';
import { assignmentImpact, impactWindows, pooled } from '../../server/coaching/impact.ts';
import { contextOf, matchTurns } from '../../server/coaching/moments.ts';
import type { ScoredTurn } from '../../server/scoring/types.ts';

describe('clip ranges', () => {
  it('spans two turns before and one after a picked turn, clipped to the call', () => {
    expect(clipRange({ callId: 'c', turn: 5, kind: 'good' }, 10)).toEqual({ fromTurn: 3, toTurn: 6, focusTurn: 5 });
    expect(clipRange({ callId: 'c', turn: 0, kind: 'good' }, 10)).toEqual({ fromTurn: 0, toTurn: 1, focusTurn: 0 });
    expect(clipRange({ callId: 'c', turn: 9, kind: 'good' }, 10)).toEqual({ fromTurn: 7, toTurn: 9, focusTurn: 9 });
  });

  it('keeps an explicit range and says what is wrong with a bad one', () => {
    expect(clipRange({ callId: 'c', fromTurn: 2, toTurn: 4, kind: 'poor' }, 10)).toEqual({ fromTurn: 2, toTurn: 4, focusTurn: 2 });
    expect(clipRange({ callId: 'c', fromTurn: 2, kind: 'poor' }, 10)).toEqual({ fromTurn: 2, toTurn: 2, focusTurn: 2 });
    expect(clipRange({ callId: 'c', turn: 10, kind: 'poor' }, 10)).toBe('turn 10 is outside the call (turns 0–9)');
    expect(clipRange({ callId: 'c', fromTurn: 8, toTurn: 12, kind: 'poor' }, 10)).toBe('turns 8–12 are outside the call (turns 0–9)');
    expect(clipRange({ callId: 'c', fromTurn: 4, toTurn: 2, kind: 'poor' }, 10)).toBe('fromTurn 4 is after toTurn 2');
    expect(clipRange({ callId: 'c', turn: 7, fromTurn: 1, toTurn: 3, kind: 'poor' }, 10)).toBe('turn 7 is outside the range 1–3');
  });
});

describe('before/after windows', () => {
  const assignedAt = '2026-06-01T12:00:00.000Z';
  const completedAt = '2026-06-10T12:00:00.000Z';
  const row = (startedAt: string, status: string) => ({ startedAt, statuses: { paraphrasing: status } });

  it('counts a call at the assignment instant as neither before nor after, and one at completion as not after', () => {
    const w = impactWindows(assignedAt, completedAt, 1);
    expect(w.before).toEqual({ from: '2026-05-25T12:00:00.000Z', to: assignedAt });
    expect(w.after).toEqual({ from: completedAt, to: '2026-06-17T12:00:00.000Z' });
    const r = assignmentImpact([
      row('2026-05-25T12:00:00.000Z', 'pass'), // first instant of "before": in
      row(assignedAt, 'pass'), // assignment instant: out
      row(completedAt, 'pass'), // completion instant: out
      row('2026-06-17T12:00:00.000Z', 'fail'), // last instant of "after": in
    ], ['paraphrasing'], w);
    expect(r.before.items.paraphrasing).toEqual({ applicable: 1, passed: 1, passRate: 100 });
    expect(r.after!.items.paraphrasing).toEqual({ applicable: 1, passed: 0, passRate: 0 });
    expect(r.change).toEqual({ paraphrasing: -100 });
  });

  it('has no "after" before completion and pools only agents who completed', () => {
    const open = assignmentImpact([row('2026-05-30T00:00:00Z', 'fail')], ['paraphrasing'], impactWindows(assignedAt, null, 4));
    const done = assignmentImpact([row('2026-05-30T00:00:00Z', 'pass'), row('2026-06-11T00:00:00Z', 'pass')], ['paraphrasing'], impactWindows(assignedAt, completedAt, 4));
    expect(open.after).toBeNull();
    const all = pooled([open, done], ['paraphrasing']);
    expect(all.agents).toBe(1);
    expect(all.before.items.paraphrasing.passRate).toBe(100);
    expect(pooled([open], ['paraphrasing'])).toMatchObject({ agents: 0, after: null, before: { calls: 1 } });
  });
});

describe('moment matching', () => {
  const t = (index: number, speaker: 'agent' | 'customer', tags: ScoredTurn['tags'] = [], negativeEmotion?: boolean): ScoredTurn =>
    ({ index, speaker, text: `turn ${index}`, tags, ...(negativeEmotion ? { negativeEmotion } : {}) });
  const turns = [t(0, 'agent', ['question:open']), t(1, 'customer', [], true), t(2, 'agent', ['empathy']), t(3, 'customer'), t(4, 'agent', ['empathy'])];

  it('keeps empathy only right after an upset customer when asked to', () => {
    expect(matchTurns(turns, [], { tag: 'empathy' }).map((m) => m.turn)).toEqual([2, 4]);
    expect(matchTurns(turns, [], { tag: 'empathy', afterNegativeEmotion: true }).map((m) => m.turn)).toEqual([2]);
    expect(matchTurns(turns, [], {}).map((m) => m.turn)).toEqual([0, 2, 4]);
  });

  it('returns an item\'s evidence turns once each, with the effective status', () => {
    const items = [{ id: 'paraphrasing' as const, status: 'fail' as const, score: 0, tip: '', evidence: [{ turn: 3, quote: '', note: 'b' }, { turn: 1, quote: '', note: 'a' }, { turn: 3, quote: '', note: 'c' }] }];
    expect(matchTurns(turns, items, { item: 'paraphrasing' }, 'pass')).toEqual([
      { turn: 1, itemId: 'paraphrasing', status: 'pass', note: 'a' }, { turn: 3, itemId: 'paraphrasing', status: 'pass', note: 'b' },
    ]);
  });

  it('gives up to two turns before and one after', () => {
    const c = contextOf(turns, 2);
    expect(c.before.map((x) => x.index)).toEqual([0, 1]);
    expect(c.before[1].negativeEmotion).toBe(true);
    expect(c.after.map((x) => x.index)).toEqual([3]);
    expect(contextOf(turns, 4).after).toEqual([]);
  });
});
