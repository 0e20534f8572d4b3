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
 * The real rules' scorecard with a situation laid over it: only the given turns uncertain, only
 * the given items failing (the others pass), only the given customer turns emotional. Tests then
 * do not depend on what the rule engine happens to find.
 */
export function rulesWith(transcript: Transcript, situation: RulesSituation): Scorecard {
  const card = scoreTranscript(transcript);
  return {
    ...card,
    turns: card.turns.map(({ uncertain: _uncertain, negativeEmotion: _negative, ...t }) => ({
      ...t,
      tags: situation.tags?.[t.index] ?? t.tags,
      ...(situation.uncertain?.[t.index] ? { uncertain: situation.uncertain[t.index] } : {}),
      ...(situation.negative?.includes(t.index) ? { negativeEmotion: true } : {}),
    })),
    items: card.items.map((i) => {
      if (situation.failing?.includes(i.id)) return { ...i, status: 'fail' as const, score: 0 };
      return i.status === 'fail' || i.status === 'warn' ? { ...i, status: 'pass' as const, score: 100 } : i;
    }),
  };
}

const CUSTOMER_LINES = {
  en: [
    'I have been trying to pay my bill online for three days and the page keeps failing at the last step with an error message.',
    'Yes.',
    'It says the transaction could not be completed and to try again later, but later never works.',
    'No, I used the same card last month without any problem.',
    'Okay.',
    'I also got charged twice in March and nobody called me back about it, which is why I am worried now.',
    'The mobile app.',
    'Right.',
  ],
  fa: [
    'سه روز است که می‌خواهم قبضم را آنلاین پرداخت کنم و صفحه در مرحله آخر با خطا مواجه می‌شود.',
    'بله.',
    'می‌گوید تراکنش انجام نشد و بعداً دوباره امتحان کنید، ولی بعداً هم درست نمی‌شود.',
    'نه، ماه پیش با همین کارت بدون مشکل پرداخت کردم.',
    'باشه.',
    'در اسفند هم دو بار از حسابم کم شد و کسی با من تماس نگرفت، برای همین نگرانم.',
    'اپلیکیشن موبایل.',
    'درسته.',
  ],
};
const AGENT_LINES = {
  en: [
    'I see.',
    'Which browser or app are you using to pay?',
    'Let me check what the payment page shows on our side for your account.',
    'Mm-hmm.',
    'So the payment fails at the last step every time, even with a card that worked before?',
    'Could you read me the error code at the bottom of the page?',
    'Thank you for waiting.',
    'Okay.',
  ],
  fa: [
    'متوجهم.',
    'با کدام مرورگر یا برنامه پرداخت می‌کنید؟',
    'اجازه بدهید ببینم صفحه پرداخت برای حساب شما در سیستم ما چه نشان می‌دهد.',
    'اوهوم.',
    'یعنی هر بار در مرحله آخر پرداخت ناموفق است، حتی با کارتی که قبلاً کار می‌کرد؟',
    'می‌شود کد خطای پایین صفحه را برایم بخوانید؟',
    'ممنون از صبرتان.',
    'باشه.',
  ],
};

/** A call of `turns` alternating turns of varied length, as in real calls (deterministic). */
export function longCall(turns: number, language: 'en' | 'fa' = 'en'): Transcript {
  const lines: Transcript['turns'] = [];
  for (let i = 0; i < turns; i++) {
    const pool = i % 2 === 0 ? CUSTOMER_LINES[language] : AGENT_LINES[language];
    lines.push({ speaker: i % 2 === 0 ? 'customer' : 'agent', text: pool[(i * 3 + Math.floor(i / 5)) % pool.length] });
  }
  return { id: `long-${language}-${turns}`, language, turns: lines };
}
