/** Drill feedback texts, one block per language; the keys are the drill checks plus a summary. */
import type { Language } from '../scoring/types.ts';

export type DrillCheckId = 'paraphrase' | 'acknowledge' | 'follow_up' | 'action';

export interface CheckMessages {
  done: string;
  missing: string;
  /** Shown when the check does not apply to this customer turn. */
  notNeeded?: string;
}

export interface DrillMessages {
  checks: Record<DrillCheckId, CheckMessages>;
  /** A question that does not build on what the customer said. */
  questionNotFollowUp: string;
  /** The reply cut the customer off / only a backchannel. */
  backchannelOnly: string;
  allDone: string;
  someDone: (done: number, total: number) => string;
  noneDone: string;
}

const en: DrillMessages = {
  checks: {
    paraphrase: {
      done: 'You put what the customer said into your own words, so they know you got it.',
      missing: 'Try restating the customer\'s point in your own words ("So since Monday you…") before moving on.',
    },
    acknowledge: {
      done: 'You named the customer\'s feeling before solving the problem.',
      missing: 'The customer is upset: acknowledge the feeling first ("I can hear how frustrating this is").',
      notNeeded: 'The customer showed no strong feeling here, so no acknowledgement was needed.',
    },
    follow_up: {
      done: 'Your question builds on what the customer just told you.',
      missing: 'Ask a question that digs into what the customer just said, not a scripted one.',
    },
    action: {
      done: 'You committed to a concrete next step.',
      missing: 'Finish with a concrete next step: what you will do, and when.',
    },
  },
  questionNotFollowUp: 'You asked a question, but it does not pick up anything the customer said.',
  backchannelOnly: 'A short "mm-hmm" shows you are there, but this moment needs a full reply.',
  allDone: 'Excellent: this reply does everything this moment asks for.',
  someDone: (done, total) => `Good start: ${done} of ${total} things this moment asks for. See what is missing below.`,
  noneDone: 'Not there yet: the reply does none of the things this moment asks for. Try again with the hints below.',
};

const fa: DrillMessages = {
  checks: {
    paraphrase: {
      done: 'حرف مشتری را با کلمات خودتان بازگو کردید؛ مشتری می‌فهمد که منظورش را گرفته‌اید.',
      missing: 'پیش از ادامه، حرف مشتری را با کلمات خودتان تکرار کنید (مثلاً «یعنی از دوشنبه تا حالا…»).',
    },
    acknowledge: {
      done: 'پیش از حل مشکل، احساس مشتری را به زبان آوردید.',
      missing: 'مشتری ناراحت است؛ اول احساسش را به رسمیت بشناسید (مثلاً «کاملاً درک می‌کنم که کلافه شده‌اید»).',
      notNeeded: 'مشتری در این لحظه احساس ناخوشایندی نشان نداد، پس نیازی به همدلی جداگانه نبود.',
    },
    follow_up: {
      done: 'سؤال شما بر پایهٔ همان چیزی است که مشتری گفت.',
      missing: 'سؤالی بپرسید که دربارهٔ همان حرف مشتری عمیق‌تر شود، نه یک سؤال از پیش آماده.',
    },
    action: {
      done: 'یک قدم بعدی مشخص را بر عهده گرفتید.',
      missing: 'با یک اقدام مشخص تمام کنید: چه کاری انجام می‌دهید و تا کی.',
    },
  },
  questionNotFollowUp: 'سؤال پرسیدید، اما به حرف مشتری ربطی پیدا نمی‌کند.',
  backchannelOnly: 'یک «آهان» کوتاه نشان می‌دهد که گوش می‌دهید، ولی این لحظه پاسخ کامل می‌خواهد.',
  allDone: 'عالی بود: این پاسخ همهٔ آنچه این لحظه لازم دارد را انجام می‌دهد.',
  someDone: (done, total) => `شروع خوبی است: ${done.toLocaleString('fa')} مورد از ${total.toLocaleString('fa')} موردی که این لحظه لازم دارد. موارد جامانده را در پایین ببینید.`,
  noneDone: 'هنوز نه: این پاسخ هیچ‌کدام از کارهایی را که این لحظه لازم دارد انجام نمی‌دهد. با راهنمایی‌های زیر دوباره امتحان کنید.',
};

const ar: DrillMessages = {
  checks: {
    paraphrase: {
      done: 'أعدت صياغة كلام العميل بكلماتك، فيعرف أنك فهمته.',
      missing: 'قبل أن تنتقل، أعد ما قاله العميل بكلماتك (مثلاً: «يعني منذ يوم الاثنين و…»).',
    },
    acknowledge: {
      done: 'اعترفت بمشاعر العميل قبل أن تبدأ بحل المشكلة.',
      missing: 'العميل منزعج: اعترف بشعوره أولاً (مثلاً: «أتفهم تماماً كم هذا مزعج»).',
      notNeeded: 'لم يُظهر العميل شعوراً سلبياً هنا، فلم يكن الاعتراف بالمشاعر مطلوباً.',
    },
    follow_up: {
      done: 'سؤالك يبني على ما قاله العميل للتو.',
      missing: 'اطرح سؤالاً يتعمق فيما قاله العميل للتو، لا سؤالاً محفوظاً.',
    },
    action: {
      done: 'التزمت بخطوة تالية واضحة.',
      missing: 'اختم بخطوة محددة: ماذا ستفعل ومتى.',
    },
  },
  questionNotFollowUp: 'طرحت سؤالاً، لكنه لا يتصل بشيء مما قاله العميل.',
  backchannelOnly: 'كلمة قصيرة مثل «نعم» تُظهر أنك تستمع، لكن هذه اللحظة تحتاج إلى رد كامل.',
  allDone: 'ممتاز: هذا الرد يفعل كل ما تتطلبه هذه اللحظة.',
  someDone: (done, total) => `بداية جيدة: ${done.toLocaleString('ar')} من ${total.toLocaleString('ar')} مما تتطلبه هذه اللحظة. انظر ما ينقص أدناه.`,
  noneDone: 'ليس بعد: هذا الرد لا يفعل أياً مما تتطلبه هذه اللحظة. حاول مرة أخرى مستعيناً بالتلميحات أدناه.',
};

const MESSAGES: Record<Language, DrillMessages> = { en, fa, ar };

export const drillMessages = (language: Language): DrillMessages => MESSAGES[language];
