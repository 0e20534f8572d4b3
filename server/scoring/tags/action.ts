import type { LanguagePack } from '../lang/types.ts';
import { endsWithQuestionMark } from '../text.ts';
import { hasCue, type PreparedTurn } from './prepare.ts';
import { askedBefore } from './questions.ts';

export type ActionKind = 'action' | 'vague';

/**
 * "Did it work when you retried?" («هل عملت البطاقة عندما أعدت المحاولة؟») asks about the
 * customer: in Arabic "I did" and "you did" are written alike, so a deed after a question word
 * does not count («حجزتلك موعد الساعة ٥، بيناسبك؟» still does), nor one right after "you".
 */
function doneOutsideQuestions(turn: PreparedTurn, pack: LanguagePack, questions: readonly string[]): boolean {
  const arabic = pack.code === 'ar';
  if (questions.length === 0 && !arabic) return true;
  return turn.sentences.some((s) => {
    const deed = pack.cues.actionDone.exec(s);
    if (deed === null || (arabic && SAID_OF_THE_CUSTOMER.test(s.slice(0, deed.index)))) return false;
    return !(questions.includes(s) && askedBefore(s, deed.index, pack));
  });
}

/** «يعني انت حولت…» ("so you transferred…"): the deed told back is the customer's. */
const SAID_OF_THE_CUSTOMER = /(?:^|\s)(?:و)?(?:انت|انتي|إنت|أنت|انتو|انتم|أنتم|حضرتك|حضرتكم)\s+$/u;

/** Clock times like "3pm", "10:30", «ساعت ۵» after digit normalisation. */
const CLOCK = /\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}/u;

/**
 * A concrete commitment: something the agent has done now ("I've refunded", «ثبت کردم»,
 * «تم تحديث»), or a first-person promise with a time ("I'll call you tomorrow at 10").
 * A promise without a time, or "we'll look into it", is only a vague promise.
 */
export function classifyAction(turn: PreparedTurn, pack: LanguagePack, questions: readonly string[] = []): ActionKind | undefined {
  if (turn.speaker !== 'agent') return undefined;
  if (hasCue(turn, pack, 'actionDone') && doneOutsideQuestions(turn, pack, questions)) return 'action';
  const promise = hasCue(turn, pack, 'actionPromise');
  // The turn-wide time test (one cue bit) spares the sentence-by-sentence one on most promises without a time.
  if (promise && (hasCue(turn, pack, 'timeExpression') || CLOCK.test(turn.norm)) && promisedWithTime(turn, pack, questions)) return 'action';
  if (promise || hasCue(turn, pack, 'vaguePromise')) return 'vague';
  return undefined;
}

/**
 * A promise and its time in one sentence, not said as what usually happens: "Now I can't say
 * exactly. We'll follow it up, they'll call you" names no time for the call, and "usually the
 * team comes within 72 hours" describes the service rather than committing to anything. Nor
 * offered in a question («أرسل لك الرابط الحين؟», "shall I send it now?"); unpunctuated, a
 * question may run on from a promise, which then still counts.
 */
function promisedWithTime(turn: PreparedTurn, pack: LanguagePack, questions: readonly string[]): boolean {
  return turn.sentences.some(
    (s) =>
      pack.cues.actionPromise.test(s) &&
      (pack.cues.timeExpression.test(s) || CLOCK.test(s)) &&
      !USUALLY.test(s) &&
      !(endsWithQuestionMark(s) && questions.includes(s)),
  );
}

const USUALLY = /(?:^|[^\p{L}])(?:usually|normally|typically|generally|معمولا|معمولاً|عادة|عاده|عادةً|عادتا|غالبا|غالباً)(?![\p{L}])/u;

