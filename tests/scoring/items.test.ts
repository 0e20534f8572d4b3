import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC, ITEM_IDS, scoreTranscript } from '../../server/scoring/index.ts';
import type { ItemId, Language, Scorecard } from '../../server/scoring/types.ts';
import { call } from './helpers.ts';

const item = (card: Scorecard, id: ItemId) => card.items.find((i) => i.id === id)!;

/** `n` customer turns that each explain something at length, each answered by `reply`. */
const explaining = (n: number, reply: string) =>
  Array.from({ length: n }, (_, i) => [
    `C: The parcel number ${i + 1} was meant to arrive on Monday and the tracking page has said out for delivery ever since.`,
    reply,
  ]).flat();

const goodCall = call(
  'en',
  'A: [0-4] Thanks for calling Northwind, this is Sam. How can I help you today?',
  'C: [4.5-16] Hi. My internet has been down since Sunday and I work from home, so I am really stressed about it.',
  'A: [16.4-22] I am really sorry, that sounds stressful when you rely on it for work. So the connection has been down since Sunday?',
  'C: [22.4-26] Yes, and the router light keeps blinking orange.',
  'A: [26.4-30] When the light blinks orange, does it ever turn white?',
  'C: [30.5-33] Only late at night for a few minutes.',
  "A: [33.5-44] Thanks. I've just reset the line and booked an engineer for tomorrow between 8 and 12, and you'll get a text confirming it.",
  'C: [44.5-46] Great, thank you.',
  'A: [46.3-48] Take care, bye.',
);

describe('checklist items', () => {
  it('passes every item on a call that listens well, with evidence pointing at the turns', () => {
    const card = scoreTranscript(goodCall);
    expect(card.items.map((i) => i.id)).toEqual([...ITEM_IDS]);
    expect(item(card, 'paraphrasing').status).toBe('pass');
    expect(item(card, 'follow_up_questions').status).toBe('pass');
    expect(item(card, 'acknowledge_emotion').status).toBe('pass');
    expect(item(card, 'acts_on_what_was_said').status).toBe('pass');
    expect(item(card, 'interruptions').status).toBe('pass');
    expect(item(card, 'pacing').status).toBe('pass');
    expect(item(card, 'acknowledge_emotion').evidence[0]).toMatchObject({ turn: 2, refersTo: 1 });
    expect(card.listening).toBe('good');
    expect(card.overall).toBeGreaterThan(80);
  });

  it('fails paraphrasing without a restatement, costing more the more the customer explained', () => {
    const [little, much] = [2, 8].map((n) => item(scoreTranscript(call('en', 'A: How can I help?', ...explaining(n, 'A: Okay.'))), 'paraphrasing'));
    expect([little.status, much.status]).toEqual(['fail', 'fail']);
    expect(little.score!).toBeGreaterThan(much.score!);
    expect(little.score!).toBeLessThanOrEqual(40);
  });

  it('grades passing paraphrasing by reflecting at least as often as the agent tells the customer what to do', () => {
    const opening = [
      'C: My parcel was meant to come on Monday and the tracking still says out for delivery.',
      'A: So it has said out for delivery since Monday without arriving.',
      'C: Yes, and I need it for Friday.',
    ];
    const advising = Array.from({ length: 4 }, () => ['A: You should check with your neighbours first, and I recommend you keep the tracking page open.', 'C: Okay.']).flat();
    const acknowledging = Array.from({ length: 4 }, () => ['A: Okay, one moment please.', 'C: Okay.']).flat();
    const [told, listened] = [advising, acknowledging].map((rest) => item(scoreTranscript(call('en', ...opening, ...rest)), 'paraphrasing'));
    expect([told.status, listened.status]).toEqual(['pass', 'pass']);
    expect(told.score!).toBeLessThan(listened.score!);
  });

  it('fails follow-ups with only scripted questions, costing more the more the customer explained', () => {
    const asking = (n: number) => explaining(n, 'A: Can I take your postcode?');
    const [little, much] = [2, 8].map((n) => item(scoreTranscript(call('en', 'A: How can I help?', ...asking(n))), 'follow_up_questions'));
    const silent = item(scoreTranscript(call('en', ...explaining(2, 'A: Okay.'))), 'follow_up_questions');
    expect([little.status, much.status, silent.status]).toEqual(['fail', 'fail', 'fail']);
    expect(little.score!).toBeGreaterThan(much.score!);
    // Asking at all, even only scripted questions, is worth a little.
    expect(little.score!).toBeGreaterThan(silent.score!);
    expect(little.score!).toBeLessThanOrEqual(40);
  });

  it('does not take the agent\'s own promise, opened with "so", for a paraphrase, in any language', () => {
    const calls = [
      call('en', "C: I'm at work until 6:30, so nobody is in before then.", 'A: Is this the best number?', 'C: Yes, this number.', "A: Right, so I'll ring you at 6:30 this evening. Have a good evening."),
      call('fa', 'C: من تا ساعت شیش و نیم سر کارم، خونه نیستم', 'A: با همین شماره تماس بگیرم؟', 'C: آره همین شماره.', 'A: حله، پس ساعت شیش و نیم باهاتون تماس می‌گیرم. روز خوبی داشته باشید.'),
      call('ar', 'C: أنا في الشغل لحد الساعة ستة ونص، ما في حد بالبيت', 'A: نفس الرقم؟', 'C: ايوه نفس الرقم.', 'A: إذن سأتصل بك الساعة ستة ونص. يومك سعيد.'),
    ];
    for (const t of calls) {
      const last = scoreTranscript(t).turns[3];
      expect(last.tags).toContain('action');
      expect(last.tags).not.toContain('paraphrase');
    }
  });

  it('marks acknowledging emotion n/a when the customer shows no negative feeling, and leaves it out of overall', () => {
    const card = scoreTranscript(call('en', 'A: How can I help?', 'C: I would like to change my address please.', "A: Sure, I've updated it now."));
    expect(item(card, 'acknowledge_emotion')).toMatchObject({ status: 'n/a', score: null, tip: '' });
  });

  it('does not take a feeling named only to deny it for a negative emotion, in any language', () => {
    const denied = [
      call('en', "C: I'm not worried about the fee, I just want the card working today.", 'A: Sure, let me check the card.'),
      call('fa', 'C: نگران نیستم، فقط میخوام بدونم بسته کی میرسه', 'A: الان بررسی می‌کنم.'),
      call('ar', 'C: أنا مش زعلان، بس بدي أعرف الطلب متى يوصل', 'A: حاضر، بشوف لك الحين.'),
    ];
    for (const t of denied) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('n/a');
    const stillUpset = call('en', "C: I'm not angry, just really disappointed with how this went.", 'A: Let me check the order.');
    expect(item(scoreTranscript(stillUpset), 'acknowledge_emotion').status).toBe('fail');
  });

  it('does not take a bare "don\'t worry" for acknowledging the feeling (fa, ar)', () => {
    const brushOffs = [
      call('fa', 'C: من واقعاً نگرانم، قسط این ماه رو نتونستم بدم.', 'A: نگران نباشید. قسط معوق جریمه داره، طبق مقرراته.'),
      call('ar', 'C: أنا قلقانة بزاف على الضمانة ديالي.', 'A: ما تقلقيش، الملف دابا عند قسم الحسابات.'),
    ];
    for (const t of brushOffs) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('fail');
  });

  it('hears how the situation feels, said back, as acknowledging it in every language, and a bare "I see" as not', () => {
    const acknowledged = [
      call('en', "C: now its running down the light fitting and im honestly scared to touch anything", "A: thats a frightening thing to see, please stay out of the kitchen"),
      call('en', "C: honestly im really fed up, nobody turned up twice", 'A: i do apologise mr brennan'),
      call('ar', 'C: وصلني إشعار بغرامة مع أنني قدمت الإقرار في موعده، وهذا أمر أزعجني كثيراً', 'A: أتفهم تماماً شعورك بالظلم.'),
      call('ar', 'C: صار لي أسبوع ما أقدر أدفع للخياطة، والله تعبت نفسيتي', 'A: والله الموقف صعب، وانتي ما لج ذنب.'),
      call('fa', 'C: کارتم گم شده، تو رو خدا یه کاری کنید، همه‌ی پولم توش بود', 'A: خیلی متأسفم، الان کارت رو مسدود می‌کنم.'),
    ];
    for (const t of acknowledged) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('pass');
    const brushedOff = [
      call('fa', 'C: واقعاً دیگه کلافه شدم، کل صبح مرخصی گرفتم.', 'A: متوجهم، نگران نباشید.'),
      call('ar', 'C: أنا زعلان جداً من التأخير.', 'A: أتفهم، بس هذا النظام عندنا.'),
      call('en', "C: I'm fed up with waiting.", "A: It's hard to say when they'll come."),
    ];
    for (const t of brushedOff) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('fail');
  });

  it('hears Levantine and Gulf acknowledgements («بفهم قديش», «الله يعينج») and not a closing «حقك يا فندم»', () => {
    const acknowledged = [
      call('ar', 'C: والله تعبت، صرلي تلات أسابيع ما عم نام منيح', 'A: بفهم قديش الوضع وصّلك لهون.'),
      call('ar', 'C: ما نمت من أمس وأنا خايفة على الولد', 'A: الله يعينج، وهذا شي طبيعي مع ولد عمره أربع شهور.'),
    ];
    for (const t of acknowledged) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('pass');
    const closing = call('ar', 'C: والله زهقت، لو محدش كلمني هاجي الفرع بنفسي', 'A: حقك يا فندم. في أي حاجة تانية؟');
    expect(item(scoreTranscript(closing), 'acknowledge_emotion').status).toBe('fail');
  });

  it('hears "a bit shaken" and «دارم دیوونه میشم» as feelings, and «حقك تتضايق», «سمحي ليا … كيقلق» as acknowledging them', () => {
    const shaken = call('en', "C: My two kids are in the back, it's getting dark and honestly I'm a bit shaken.", 'A: Where have you stopped?');
    const frantic = call('fa', 'C: از دیشب یخچال خاموشه، مادرم انسولین داره. به خدا دارم دیوونه میشم.', 'A: شماره کنتور رو بفرمایید.');
    for (const t of [shaken, frantic]) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('fail');
    const acknowledged = [
      call('ar', 'C: آخر مرة طلعتلي فاتورة ١٨٠ ألف، لهسه متضايق منها.', 'A: والله حقك تتضايق، محد يحب هيچ مفاجآت.'),
      call('ar', 'C: دابا راني مقلقة بزاف، حيت عندي سفر مع العائلة.', 'A: سمحي ليا، عارفة بلي هاد الشي كيقلق.'),
    ];
    for (const t of acknowledged) expect(item(scoreTranscript(t), 'acknowledge_emotion').status).toBe('pass');
  });

  it('hears "I had to ring three times" as a complaint, but not "two, three times a month"', () => {
    const complaint = call('en', 'C: Last year I had to ring three times before it was sorted.', 'A: Can I have your reference?');
    expect(item(scoreTranscript(complaint), 'acknowledge_emotion').status).toBe('fail');
    const frequency = call('en', 'C: Um, two, three times a month.', 'A: And how long have you been using?');
    expect(item(scoreTranscript(frequency), 'acknowledge_emotion').status).toBe('n/a');
  });

  it('fails acknowledging emotion when the agent moves on, citing the emotional turn and the reply', () => {
    const card = scoreTranscript(call('en', 'A: Hello.', 'C: I am furious, this is ridiculous.', 'A: Can I have your account number?', 'C: 1234.'));
    const e = item(card, 'acknowledge_emotion');
    expect(e.status).toBe('fail');
    expect(e.evidence.map((x) => x.turn)).toEqual([1, 2]);
    expect(e.tip.length).toBeGreaterThan(20);
  });

  it('warns at one interruption and fails at two', () => {
    const one = call('en', 'C: I wanted to ask about--', 'A: Your bill, yes.', 'C: Right.');
    const two = call('en', 'C: I wanted to ask about--', 'A: Your bill, yes.', 'C: And also the--', 'A: Payment, sure.');
    expect(item(scoreTranscript(one), 'interruptions')).toMatchObject({ status: 'warn', score: 40 });
    expect(item(scoreTranscript(two), 'interruptions').status).toBe('fail');
  });

  it('scores the same two interruptions lower in a short call than in a long one, failing both', () => {
    const cutOffs = ['C: I wanted to ask about--', 'A: Your bill, yes.', 'C: And also the--', 'A: Payment, sure.'];
    const calmTurns = Array.from({ length: 20 }, (_, i) => [`C: The second thing on my list is point ${i + 1}.`, 'A: Thanks, noted.']).flat();
    const short = item(scoreTranscript(call('en', ...cutOffs)), 'interruptions');
    const long = item(scoreTranscript(call('en', ...cutOffs, ...calmTurns)), 'interruptions');
    expect([short.status, long.status]).toEqual(['fail', 'fail']);
    expect(short.score!).toBeLessThan(long.score!);
    expect(long.score!).toBeLessThanOrEqual(40);
    expect(long.explanation).toMatch(/^2 interruption\(s\) in 22 customer turns/);
  });

  it('fails acting on what was said for a vague promise, quoting it', () => {
    const card = scoreTranscript(call('en', 'C: When will my refund come?', "A: We'll look into it and someone will get back to you."));
    const acts = item(card, 'acts_on_what_was_said');
    expect(acts.status).toBe('fail');
    expect(acts.evidence[0].turn).toBe(1);
  });

  it('flags closing the call while the customer still has an open question', () => {
    const card = scoreTranscript(call('en', 'A: Anything else?', 'C: Yes, what about the late fee?', 'A: Okay, bye.'));
    const pacing = item(card, 'pacing');
    expect(pacing.status).toBe('fail');
    expect(pacing.evidence.some((e) => e.turn === 2)).toBe(true);
  });

  it('flags an agent who dominates the talk time', () => {
    const card = scoreTranscript(
      call('en', 'A: [0-80] ' + 'Let me explain the whole tariff to you in detail. '.repeat(20), 'C: [80.5-82] Okay.', 'A: [82.3-90] So that is it.'),
    );
    expect(card.metrics.agentTalkShare).toBeGreaterThan(0.9);
    expect(item(card, 'pacing').status).toBe('fail');
  });

  it('flags lecturing: most agent turns tell the customer what to do', () => {
    const card = scoreTranscript(
      call(
        'en',
        'C: I keep missing the payment date on my loan.',
        'A: I need you to set a reminder, that is the only way this works.',
        'C: I try, it is just a busy month.',
        'A: My advice is to move the date to just after payday.',
        'C: Maybe.',
        'A: Did you know that two missed payments go on your credit file?',
      ),
    );
    expect(card.metrics.adviceTurns).toBe(3);
    expect(item(card, 'pacing').status).toBe('fail');
  });

  it('lowers pacing as telling grows, before it is lecturing', () => {
    const lines = (advice: number) =>
      Array.from({ length: 10 }, (_, i) => [
        `C: The meter reading on my bill number ${i + 1} looks far too high to me.`,
        i < advice ? 'A: You should send us a photo of the meter.' : 'A: Okay, thank you.',
      ]).flat();
    const none = scoreTranscript(call('en', ...lines(0)));
    const some = scoreTranscript(call('en', ...lines(2)));
    expect([none.metrics.adviceTurns, some.metrics.adviceTurns]).toEqual([0, 2]);
    expect([item(none, 'pacing').status, item(some, 'pacing').status]).toEqual(['pass', 'pass']);
    expect(item(some, 'pacing').score!).toBeLessThan(item(none, 'pacing').score!);
  });

  it('counts repeating one\'s own point ("as I said") as telling, in each language', () => {
    // [customer, agent repeating, the same agent turn without the repeat]
    const calls = {
      en: ['C: The refund still has not arrived.', 'A: Like I said, it takes ten working days.', 'A: It takes ten working days.'],
      fa: ['C: هنوز پول برنگشته.', 'A: همونطور که گفتم ده روز کاری طول میکشه.', 'A: ده روز کاری طول میکشه.'],
      ar: ['C: المبلغ لسه ما رجعش.', 'A: زي ما قلتلك ياخد عشرة أيام عمل.', 'A: ياخد عشرة أيام عمل.'],
    } as const;
    for (const [lang, [customer, repeating, plain]] of Object.entries(calls)) {
      const advice = (agent: string) => scoreTranscript(call(lang as Language, customer, agent)).metrics.adviceTurns;
      expect([lang, advice(repeating), advice(plain)]).toEqual([lang, 1, 0]);
    }
  });

  it('gives tips in the call\'s language for every failing item', () => {
    const fa = scoreTranscript(call('fa', 'A: بفرمایید.', 'C: خیلی عصبانی‌ام، سه بار زنگ زدم', 'A: کد ملی؟'));
    const ar = scoreTranscript(call('ar', 'A: تفضل.', 'C: أنا غاضب جداً من الخدمة', 'A: رقم الهوية؟'));
    for (const card of [fa, ar]) {
      const failing = card.items.filter((i) => i.status === 'fail');
      expect(failing.length).toBeGreaterThan(0);
      for (const i of failing) expect(i.tip).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('computes overall as the weighted mean of applicable items and honours disabled items', () => {
    const card = scoreTranscript(goodCall);
    const applicable = card.items.filter((i) => i.score !== null);
    const w = (id: ItemId) => DEFAULT_RUBRIC.items[id].weight;
    const expected = applicable.reduce((s, i) => s + w(i.id) * i.score!, 0) / applicable.reduce((s, i) => s + w(i.id), 0);
    expect(card.overall).toBe(Math.round(expected));
    const rubric = { ...DEFAULT_RUBRIC, version: 7, items: { ...DEFAULT_RUBRIC.items, pacing: { enabled: false, weight: 1 } } };
    const without = scoreTranscript(goodCall, { rubric });
    expect(without.items.map((i) => i.id)).not.toContain('pacing');
    expect(without.rubricVersion).toBe(7);
  });
});
