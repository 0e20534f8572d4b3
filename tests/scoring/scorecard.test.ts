import { describe, expect, it } from 'vitest';
import { detectLanguage, scoreTranscript, scoreTaggedTurns, TAGS } from '../../server/scoring/index.ts';
import { normalizePersian } from '../../server/scoring/lang/fa.ts';
import { normalizeArabic } from '../../server/scoring/lang/ar.ts';
import { call } from './helpers.ts';

describe('scorecard contract (SPEC §3)', () => {
  const t = call('en', 'A: [0-3] Hi, how can I help?', 'C: [3.4-9] My parcel is late and I am worried.', 'A: [9.5-12] I am sorry to hear that. When was it due?');

  it('lists every turn in order, customer turns with no tags, and only vocabulary tags', () => {
    const card = scoreTranscript(t);
    expect(card.turns.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(card.turns[1]).toMatchObject({ speaker: 'customer', tags: [], start: 3.4, end: 9 });
    for (const turn of card.turns) for (const tag of turn.tags) expect(TAGS).toContain(tag);
    expect(Object.keys(card.metrics)).toEqual(
      expect.arrayContaining(['agentTalkShare', 'longestAgentMonologueSec', 'agentWordsPerMinute', 'interruptions', 'questions', 'openQuestions', 'followUpQuestions', 'paraphrases', 'empathyStatements', 'actions']),
    );
  });

  it('gives every failing or warning item evidence that points at real turns', () => {
    const card = scoreTranscript(t);
    for (const item of card.items.filter((i) => i.status === 'fail' || i.status === 'warn')) {
      expect(item.evidence.length, item.id).toBeGreaterThan(0);
      for (const e of item.evidence) expect(card.turns[e.turn]).toBeDefined();
    }
  });

  it('is a pure function: the same input gives the same scorecard and the input is not changed', () => {
    const before = JSON.stringify(t);
    expect(scoreTranscript(t)).toEqual(scoreTranscript(t));
    expect(JSON.stringify(t)).toBe(before);
  });

  it('rebuilds items from tags decided elsewhere (the LLM judge path)', () => {
    const card = scoreTranscript(t);
    const turns = card.turns.map((x) => (x.index === 2 ? { ...x, tags: [...x.tags, 'paraphrase' as const], refersTo: 1 } : x));
    const rebuilt = scoreTaggedTurns(t, turns);
    expect(rebuilt.items.find((i) => i.id === 'paraphrasing')?.status).toBe('pass');
    expect(rebuilt.metrics.paraphrases).toBe(card.metrics.paraphrases + (card.turns[2].tags.includes('paraphrase') ? 0 : 1));
  });

  it('has no timing metrics for a text-only transcript, and talk share by words', () => {
    const card = scoreTranscript(call('en', 'A: Hello there, how can I help?', 'C: I have a question about my bill please.'));
    expect(card.metrics.longestAgentMonologueSec).toBeNull();
    expect(card.metrics.agentWordsPerMinute).toBeNull();
    expect(card.metrics.agentTalkShare).toBeCloseTo(6 / 14, 2);
  });
});

describe('language detection and normalisation', () => {
  it('detects English, Persian and Arabic', () => {
    expect(detectLanguage('Hello, how can I help you today?')).toBe('en');
    expect(detectLanguage('سلام، از دیروز اینترنتم قطعه. چی‌کار باید بکنم؟')).toBe('fa');
    expect(detectLanguage('مرحباً، بطاقتي رُفضت اليوم في السوبرماركت.')).toBe('ar');
  });

  it('scores a transcript without a language in the detected one', () => {
    expect(scoreTranscript(call(undefined, 'A: سلام، بفرمایید', 'C: قبضم دو بار کم شده')).language).toBe('fa');
  });

  it('unifies Persian spelling variants: yeh/kaf, digits, ZWNJ or space, diacritics', () => {
    expect(normalizePersian('مي‌كنم ۱۲۳')).toBe(normalizePersian('میکنم 123'));
    expect(normalizePersian('می کنم')).toBe(normalizePersian('می‌کنم'));
    expect(normalizePersian('پیامک های')).toBe(normalizePersian('پیامک‌های'));
    // The spoken object marker written onto a pronoun suffix, not a word that merely ends so.
    expect(normalizePersian('شماره تونو بگید')).toBe(normalizePersian('شماره‌تون رو بگید'));
    expect(normalizePersian('مونو')).toBe('مونو');
  });

  it('unifies Arabic spelling variants: alef forms, teh marbuta, tatweel, diacritics, digits', () => {
    expect(normalizeArabic('أتفهّم قلقـــك ١٢٣')).toBe(normalizeArabic('اتفهم قلقك 123'));
    expect(normalizeArabic('رسالة')).toBe(normalizeArabic('رساله'));
  });
});
