import { describe, expect, it } from 'vitest';
import { languagePack } from '../../server/scoring/index.ts';
import type { Language } from '../../server/scoring/types.ts';
import type { TestServer } from '../helpers/app.ts';
import { LiveClient, streamCall, useLiveServer, wsUrl, type Seg } from './live-helpers.ts';

let server: TestServer;
let token: string;
let n = 0;

useLiveServer((s, t) => {
  server = s;
  token = t;
});

/** Streams a call, ends it, and returns the nudges it got. */
async function nudgesOf(language: Language, turns: Seg[]) {
  const c = await LiveClient.open(wsUrl(server, `/api/live?token=${token}`));
  await streamCall(c, { callId: `nudge-${++n}`, agent: { id: 'agent-n' }, language }, turns);
  c.send({ type: 'end' });
  await c.next('final');
  return c.of('nudge');
}

const c = (text: string, start: number, end: number): Seg => ({ speaker: 'customer', text, start, end });
const a = (text: string, start: number, end: number): Seg => ({ speaker: 'agent', text, start, end });

const CALLS: Record<Language, Record<'emotion' | 'interruption' | 'longStory' | 'closingOpenQuestion', Seg[]>> = {
  en: {
    emotion: [c("I've been charged twice this month and honestly I'm really frustrated about it.", 0, 5), a('Can I have your account number please?', 5.5, 7.5)],
    interruption: [c('I tried to log in this morning and the app just kept saying that my--', 0, 5), a('Right, have you tried reinstalling the app on your phone?', 5, 8)],
    longStory: [
      c('So last week I ordered a washing machine, they said it would arrive Tuesday, I took the day off work, nobody came, then on Wednesday a driver called to say the address was wrong even though it was right.', 0, 14),
      a('Please hold the line for a moment.', 15, 17), a('Thank you for holding, I am back now.', 40, 42),
    ],
    closingOpenQuestion: [c('And will the refund show up on this card or the old one?', 0, 4), a('Thank you for calling, have a nice day, goodbye.', 4.5, 7)],
  },
  fa: {
    emotion: [c('سه روزه اینترنتم قطعه و واقعاً کلافه شدم.', 0, 4), a('شماره اشتراکتون رو بفرمایید.', 4.5, 6.5)],
    interruption: [c('امروز صبح خواستم وارد برنامه بشم ولی هی پیغام می‌داد که--', 0, 5), a('برنامه رو پاک کنید و دوباره نصب کنید.', 5, 8)],
    longStory: [
      c('هفته پیش یه ماشین لباسشویی سفارش دادم، گفتن سه‌شنبه میارن، من از سر کار مرخصی گرفتم، کسی نیومد، بعد چهارشنبه راننده زنگ زد گفت آدرس اشتباهه در حالی که آدرس درست بود و کلی وقتم تلف شد.', 0, 14),
      a('لطفاً چند لحظه گوشی دستتون باشه.', 15, 17), a('ممنون از شکیبایی‌تون، برگشتم.', 40, 42),
    ],
    closingOpenQuestion: [c('پولم کی برمی‌گرده به حسابم؟', 0, 3), a('با تشکر از تماس شما، خدانگهدار.', 3.5, 6)],
  },
  ar: {
    emotion: [c('الإنترنت مقطوع من ثلاثة أيام وأنا منزعج جداً.', 0, 4), a('أعطني رقم الحساب من فضلك.', 4.5, 6.5)],
    interruption: [c('حاولت أدخل التطبيق الصبح بس كل مرة يطلع لي إن--', 0, 5), a('احذف التطبيق ونزله مرة ثانية.', 5, 8)],
    longStory: [
      c('الأسبوع الماضي طلبت غسالة وقالوا إنها ستصل يوم الثلاثاء فأخذت إجازة من العمل ولم يأت أحد ثم يوم الأربعاء اتصل السائق وقال إن العنوان خطأ مع أن العنوان صحيح تماماً وضاع يومي كله.', 0, 14),
      a('لحظة من فضلك خليك معي على الخط.', 15, 17), a('شكراً على الانتظار، رجعت لك.', 40, 42),
    ],
    closingOpenQuestion: [c('متى يرجع المبلغ لحسابي؟', 0, 3), a('شكرا لاتصالك، مع السلامة.', 3.5, 6)],
  },
};

const ITEM = { emotion: 'acknowledge_emotion', interruption: 'interruptions', longStory: 'paraphrasing', closingOpenQuestion: 'pacing' } as const;

describe('live nudges', () => {
  for (const language of ['en', 'fa', 'ar'] as const) {
    for (const kind of Object.keys(ITEM) as (keyof typeof ITEM)[]) {
      it(`${language}: nudges on ${kind} (item ${ITEM[kind]}) in the call's language, naming the agent turn`, async () => {
        const turns = CALLS[language][kind];
        const nudges = await nudgesOf(language, turns);
        expect(nudges).toEqual([{ type: 'nudge', item: ITEM[kind], message: languagePack(language).messages.nudge[kind], turn: turns.length - 1 }]);
      });
    }
  }

  const GOOD: Record<Language, Seg[]> = {
    en: [
      c("I've been charged twice this month and honestly I'm really frustrated about it.", 0, 5),
      a("I'm sorry, that is frustrating. So you were charged twice this month — which dates do you see?", 5.5, 10),
      c('The third and the fifth, both for forty pounds.', 10.5, 13),
      a('I have refunded the second forty pound charge now, and I will email you the confirmation today.', 13.5, 19),
      c('Great, thanks.', 19.5, 20.5),
      a('Thank you for calling, goodbye.', 21, 23),
    ],
    fa: [
      c('سه روزه اینترنتم قطعه و واقعاً کلافه شدم.', 0, 4),
      a('حق دارید، واقعاً متاسفم. یعنی سه روزه اینترنتتون کلاً قطعه؟', 4.5, 8),
      c('بله، از شنبه.', 8.5, 10),
      a('خط شما رو الان ریست کردم و تا ساعت پنج امروز باهاتون تماس می‌گیرم.', 10.5, 15),
      c('ممنون.', 15.5, 16),
      a('با تشکر از تماس شما، خدانگهدار.', 16.5, 18),
    ],
    ar: [
      c('الإنترنت مقطوع من ثلاثة أيام وأنا منزعج جداً.', 0, 4),
      a('معك حق، أعتذر لك. يعني الإنترنت مقطوع عندك من ثلاثة أيام؟', 4.5, 8),
      c('نعم من يوم السبت.', 8.5, 10),
      a('تم تحديث الخط الآن وسأتصل بك اليوم الساعة الخامسة للتأكد.', 10.5, 15),
      c('شكرا.', 15.5, 16),
      a('شكرا لاتصالك، مع السلامة.', 16.5, 18),
    ],
  };
  for (const language of ['en', 'fa', 'ar'] as const) {
    it(`${language}: stays quiet on a good call`, async () => {
      expect(await nudgesOf(language, GOOD[language])).toEqual([]);
    });
  }

  it('keeps the minimum gap of call time between nudges and never repeats the last nudge', async () => {
    const en = CALLS.en;
    // emotion at 7.5 s; an interruption 4.5 s later (inside the 20 s gap); one at 45 s; the same again at 85 s.
    const turns = [
      ...en.emotion,
      c('Look, why the--', 8, 10), a('Okay, what is your postcode?', 10, 12),
      c('Same as last--', 40, 43), a('And your date of birth?', 43, 45),
      c('I told you--', 80, 83), a('And the name on the account?', 83, 85),
    ];
    const nudges = await nudgesOf('en', turns);
    expect(nudges.map((x) => [x.item, x.turn])).toEqual([['acknowledge_emotion', 1], ['interruptions', 5]]);
  });
});
