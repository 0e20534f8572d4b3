import { describe, expect, it } from 'vitest';
import { canOpen, homeFor, navFor } from '../../web/src/app/nav.ts';
import { effectiveItems, evidenceByTurn, turnFromHash } from '../../web/src/features/calls/components/effective-items.ts';
import { applyLiveMessage, type LiveState } from '../../web/src/features/live/api/live-state.ts';
import { progressSeries } from '../../web/src/features/reports/components/series.ts';
import type { Override, Scorecard } from '../../web/src/lib/types.ts';

const scorecard = {
  callId: 'c1',
  language: 'en',
  overall: 60,
  items: [
    { id: 'interruptions', status: 'warn', score: 70, evidence: [{ turn: 5, quote: 'x', note: 'overlap' }], tip: 'Wait' },
    { id: 'paraphrasing', status: 'fail', score: 0, evidence: [{ turn: 5, quote: 'y', note: '' }, { turn: 9, quote: 'z', note: '' }], tip: 'Restate' },
  ],
  metrics: {},
  turns: [],
  rubricVersion: 1,
  scorer: 'rules',
} as unknown as Scorecard;

const override = (createdAt: string, status: Override['status'], score: number): Override => ({
  id: createdAt,
  itemId: 'paraphrasing',
  status,
  score,
  reason: 'r',
  by: { id: 'u', name: 'QA' },
  createdAt,
});

describe('role-aware navigation', () => {
  it('gives each role its own pages and landing page', () => {
    expect(navFor('agent').map((i) => i.key)).toEqual(['myCalls', 'myProgress', 'disputes', 'coaching', 'live']);
    expect(navFor('qa_lead').map((i) => i.key)).toEqual(['queue', 'upload', 'disputes', 'reports', 'calibration', 'live']);
    expect(navFor('trainer').map((i) => i.key)).toEqual(['moments', 'coaching', 'reports', 'live']);
    expect(navFor('admin').map((i) => i.key)).toContain('admin');
    expect(homeFor('agent')).toBe('/my/calls');
    expect(homeFor('trainer')).toBe('/moments');
  });

  it('keeps agents out of other roles’ pages but lets everyone open a call page', () => {
    expect(canOpen('agent', '/upload')).toBe(false);
    expect(canOpen('agent', '/admin')).toBe(false);
    expect(canOpen('agent', '/reports/agents/a2')).toBe(false);
    expect(canOpen('agent', '/calls/abc')).toBe(true);
    expect(canOpen('qa_lead', '/admin')).toBe(false);
    expect(canOpen('qa_lead', '/reports/agents/a2')).toBe(true);
  });
});

describe('a call’s effective scorecard', () => {
  it('uses the latest override but keeps the automatic result beside it', () => {
    const items = effectiveItems(scorecard, [override('2026-11-02T10:00:00Z', 'warn', 50), override('2026-11-03T10:00:00Z', 'pass', 90)], []);
    const para = items.find((i) => i.auto.id === 'paraphrasing')!;
    expect(para.status).toBe('pass');
    expect(para.score).toBe(90);
    expect(para.auto.status).toBe('fail');
    expect(items.find((i) => i.auto.id === 'interruptions')!.override).toBeNull();
  });

  it('indexes evidence by turn so each turn can say which items it supports', () => {
    const map = evidenceByTurn(scorecard);
    expect(map.get(5)).toEqual(['interruptions', 'paraphrasing']);
    expect(map.get(9)).toEqual(['paraphrasing']);
    expect(map.has(1)).toBe(false);
  });

  it('reads a turn from the URL hash and ignores anything else', () => {
    expect(turnFromHash('#turn-12')).toBe(12);
    expect(turnFromHash('#turn-')).toBeNull();
    expect(turnFromHash('#main')).toBeNull();
  });
});

describe('the live wallboard state', () => {
  const snapshot = {
    type: 'calls',
    calls: [
      { callId: 'L1', agent: { id: 'a1', name: 'Sara' }, language: 'fa', startedAt: '2026-11-23T10:00:00Z', overall: 50, items: { paraphrasing: 'fail' }, lastNudge: null },
    ],
  };

  it('builds calls from a snapshot, accepting items as a map of statuses', () => {
    const state = applyLiveMessage(new Map(), snapshot);
    expect([...state.keys()]).toEqual(['L1']);
    expect(state.get('L1')!.items).toEqual([{ id: 'paraphrasing', status: 'fail' }]);
  });

  it('applies updates, collects nudges newest first, and drops ended calls', () => {
    let state: LiveState = applyLiveMessage(new Map(), snapshot);
    state = applyLiveMessage(state, { type: 'update', call: { callId: 'L1', overall: 64, items: [{ id: 'paraphrasing', status: 'pass', score: 100 }] } });
    expect(state.get('L1')!.overall).toBe(64);
    expect(state.get('L1')!.agent.name).toBe('Sara');
    state = applyLiveMessage(state, { type: 'nudge', callId: 'L1', nudge: { item: 'acknowledge_emotion', message: 'first' } });
    state = applyLiveMessage(state, { type: 'nudge', callId: 'L1', nudge: { item: 'paraphrasing', message: 'second' } });
    expect(state.get('L1')!.nudges.map((n) => n.message)).toEqual(['second', 'first']);
    expect(state.get('L1')!.lastNudge?.message).toBe('second');
    state = applyLiveMessage(state, { type: 'ended', callId: 'L1' });
    expect(state.size).toBe(0);
  });

  it('ignores frames it does not understand', () => {
    const state = applyLiveMessage(new Map(), snapshot);
    expect(applyLiveMessage(state, { type: 'mystery' })).toBe(state);
    expect(applyLiveMessage(state, 'text')).toBe(state);
    expect(applyLiveMessage(state, { type: 'nudge', callId: 'nope', nudge: { item: 'pacing', message: 'x' } })).toBe(state);
  });
});

describe('the progress chart series', () => {
  it('lines up the agent and the team median by week, item pass rates (percentages on the wire)', () => {
    const series = progressSeries(
      [{ week: "2026-W45", overall: 70, items: { paraphrasing: 50 } }],
      [
        { week: "2026-W44", overall: 60, items: { paraphrasing: 25 } },
        { week: "2026-W45", overall: 65, items: { paraphrasing: 75 } },
      ],
      'paraphrasing',
    );
    expect(series).toEqual([
      { week: '2026-W44', mine: null, team: 25 },
      { week: '2026-W45', mine: 50, team: 75 },
    ]);
    expect(progressSeries([{ week: '2026-W45', overall: 70, items: {} }], [], 'overall')[0].mine).toBe(70);
  });
});
