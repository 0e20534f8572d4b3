/** Small calls for the judge tests, and rules scorecards with chosen uncertain turns / failing items. */
import { scoreTranscript } from '../../server/scoring/index.ts';
import type { ItemId, Scorecard, Tag, Transcript } from '../../server/scoring/types.ts';

export const englishCall: Transcript = {
  id: 'en-1',
  language: 'en',
  turns: [
    { speaker: 'customer', text: 'Hi, my internet has been down since yesterday morning and I work from home.' },
    { speaker: 'agent', text: 'I am sorry to hear that. Can I have your account number?' },
    { speaker: 'customer', text: 'It is 55102. I already restarted the router twice and nothing changed, I am really frustrated.' },
    { speaker: 'agent', text: 'So you have had no connection since yesterday even after two restarts?' },
    { speaker: 'customer', text: 'Exactly, and I have a client meeting tomorrow.' },
    { speaker: 'agent', text: 'I have booked a technician for tomorrow at 9 am and credited one day to your bill.' },
    { speaker: 'customer', text: 'Okay, thank you.' },
    { speaker: 'agent', text: 'You are welcome, goodbye.' },
  ],
};

export interface RulesSituation {
  uncertain?: Record<number, Tag[]>;
  tags?: Record<number, Tag[]>;
  failing?: ItemId[];
  negative?: number[];
}

/**
 * The real rules' scorecard with a situation laid over it (uncertain tags, failing items,
 * emotional customer turns), so tests do not depend on what the rule engine happens to find.
 */
export function rulesWith(transcript: Transcript, situation: RulesSituation): Scorecard {
  const card = scoreTranscript(transcript);
  return {
    ...card,
    turns: card.turns.map((t) => ({
      ...t,
      tags: situation.tags?.[t.index] ?? t.tags,
      ...(situation.uncertain?.[t.index] ? { uncertain: situation.uncertain[t.index] } : {}),
      ...(situation.negative?.includes(t.index) ? { negativeEmotion: true } : {}),
    })),
    items: card.items.map((i) => (situation.failing?.includes(i.id) ? { ...i, status: 'fail' as const, score: 0 } : i)),
  };
}

/** A long call (about `pairs` exchanges) for token measurements. */
export function longCall(pairs: number, language: 'en' | 'fa' = 'en'): Transcript {
  const customer = language === 'en'
    ? 'I have been trying to pay my bill online for three days and the page keeps failing at the last step with an error'
    : 'سه روز است که می‌خواهم قبضم را آنلاین پرداخت کنم و صفحه در مرحله آخر با خطا مواجه می‌شود و نمی‌دانم چه کنم';
  const agent = language === 'en'
    ? 'I understand, let me check what the payment page shows on our side for your account right now'
    : 'متوجه هستم، اجازه بدهید همین الان ببینم صفحه پرداخت برای حساب شما در سیستم ما چه نشان می‌دهد';
  const turns: Transcript['turns'] = [];
  for (let i = 0; i < pairs; i++) {
    turns.push({ speaker: 'customer', text: `${customer} (${i})` }, { speaker: 'agent', text: `${agent} (${i})` });
  }
  return { id: `long-${language}-${pairs}`, language, turns };
}
