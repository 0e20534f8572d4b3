/**
 * Which diarized speaker is the agent — the "agent-cue heuristic".
 *
 * Speech-to-text services label speakers spk_0 / A / 0 / SPEAKER_00 / ch_1, not agent/customer.
 * When the user does not say which label is the agent (--agent-speaker / options.agentSpeaker),
 * each speaker's first AGENT_CUE_TURNS turns are read for phrases agents say when opening or
 * running a call and customers rarely do:
 *   en: "thank you for calling", "how can I help", "my name is", "this is X from", "welcome to",
 *       "customer service", "can I have your account number", "is there anything else";
 *   fa: «چطور می‌تونم کمک‌تون کنم»، «در خدمتم»، «پشتیبانی»، «با … تماس گرفتید»، «شماره اشتراک»؛
 *   ar: «كيف أقدر أساعدك»، «معك …»، «شكراً لاتصالك»، «خدمة العملاء»، «رقم الحساب».
 * Each distinct cue found adds one point; each customer cue ("I'm calling about", «زنگ زدم»،
 * «عندي مشكلة») takes one away. The highest score is the agent; on a tie the speaker who spoke
 * first is the agent (agents open most inbound calls). Every other speaker becomes the customer.
 * The chosen label and the reason go into the parse warnings so a user can override it.
 */
import { normalizeForMatch } from './normalize.ts';

export const AGENT_CUE_TURNS = 3;

const AGENT_CUES: string[] = [
  // English
  'thanks? (you )?for (calling|contacting|holding|waiting)',
  'how (can|may|could|might) (i|we) (help|assist)',
  'what can i do for you',
  'my name is',
  "this is \\w+,? (from|at|with)",
  "(welcome to|you'?ve reached|you have reached)",
  'customer (service|support|care)',
  '(support|service|help) (team|desk|department|line)',
  "(can|could|may) i (have|get|take) your (name|account|order|reference|phone|policy|customer)",
  'is there anything else',
  'speaking[,.]? how',
  // Persian (normalized spelling: ی ک, ZWNJ → space)
  '(چطور|چه طور|چگونه) (می ?تونم|می ?توانم) (کمک|راهنمایی)',
  'چه کمکی (از دستم|می ?تونم|می ?توانم)',
  'در خدمت(م| شما| تون| هستم)',
  'پشتیبانی',
  '(من|بنده) [^ ]+ هستم',
  'از (واحد|بخش|شرکت|مرکز) ',
  'وقت(تون| شما)? بخیر',
  'کارشناس',
  '(با|به) (شرکت|واحد|مرکز) .{0,30}(تماس گرفتید|خوش آمدید)',
  '(ممنون|متشکر|سپاس)(م)? (از|که) تماس',
  '(اسم|نام) (من|بنده)',
  'شماره (اشتراک|حساب|سفارش|پیگیری|قرارداد|مشتری)',
  // Arabic (normalized: ی ک, bare alef, ة → ه)
  'کیف (اقدر|اگدر|یمکننی|ممکن|استطیع) (اساعدک|مساعدتک|اخدمک)',
  '(^|\\s)معک(\\s|$)',
  'شکرا (لاتصالک|علی اتصالک|لک علی الاتصال|لتواصلک)',
  '(خدمه العملاء|الدعم الفنی)',
  '(اسمی|معک الموظف)',
  '(مرحبا|اهلا) بک فی',
  'رقم (الحساب|الطلب|العقد|الهاتف|الاشتراک|العمیل)',
  '(تفضل|تفضلی)[،,. ]',
].map((source) => normalizeForMatch(source));

const CUSTOMER_CUES: string[] = [
  "i'?m calling (about|because|to)",
  "i('?ve| have) been (trying|waiting|charged)",
  '(زنگ زدم|تماس گرفتم) (که|چون|برای|بابت)',
  'مشکل دارم',
  '(اتصلت|اتصل) (بسبب|لان|بخصوص)',
  'عندی مشکله',
].map((source) => normalizeForMatch(source));

export interface SpeakerTurns {
  label: string;
  /** This speaker's turn texts in call order. */
  texts: string[];
}

export interface AgentChoice {
  label: string;
  reason: string;
}

function matchingCues(texts: string[], cues: string[]): string[] {
  const opening = texts.slice(0, AGENT_CUE_TURNS).map(normalizeForMatch).join(' \n ');
  return cues.filter((cue) => new RegExp(cue, 'u').test(opening));
}

/** Picks the agent among speakers listed in order of first appearance (see the header comment). */
export function chooseAgentByCues(speakers: SpeakerTurns[]): AgentChoice {
  const scored = speakers.map((speaker) => {
    const agentHits = matchingCues(speaker.texts, AGENT_CUES);
    const customerHits = matchingCues(speaker.texts, CUSTOMER_CUES);
    return { label: speaker.label, score: agentHits.length - customerHits.length, agentHits: agentHits.length };
  });
  const best = scored.reduce((top, candidate) => (candidate.score > top.score ? candidate : top));
  const tie = scored.filter((s) => s.score === best.score).length > 1;
  const others = scored
    .filter((s) => s.label !== best.label)
    .map((s) => `${s.label}: ${s.score}`)
    .join(', ');
  const reason = tie
    ? `agent-cue heuristic: no speaker scored higher than the others (${best.label}: ${best.score}, ${others}), so the first speaker is taken as the agent`
    : `agent-cue heuristic: ${best.label} scored ${best.score} (${best.agentHits} agent phrases in its first ${AGENT_CUE_TURNS} turns) against ${others}`;
  return { label: best.label, reason };
}
