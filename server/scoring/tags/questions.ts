import { charTable, derivedPattern, endsWithQuestionMark, phraseRegex, WHITESPACE, withGlobal, wordCount, WORD_CHARS } from '../text.ts';
import type { LanguagePack } from '../lang/types.ts';
import { prefilterId } from '../prefilter.ts';
import { hasCue, type PreparedTurn } from './prepare.ts';

export type QuestionKind = 'open' | 'closed';

export interface QuestionFinding {
  kind: QuestionKind;
  /** The normalised question sentences of the turn. */
  sentences: string[];
  /** Those of `sentences` that are not routine script questions (identity, "anything else?"). */
  asked: string[];
  /** True when every question is only a check of the agent's own summary ("…, right?"). */
  confirmationOnly: boolean;
  /**
   * True when every question is a statement said with a rising tone ("So the card was
   * declined again?"): no question word, no inversion. Such questions usually reflect.
   */
  declarativeOnly: boolean;
}

/** Discourse openers that come before the question word in speech ("okay so what…"). */
const EN_AUXILIARY_START =
  /^(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|shall|should|may|might|am|isn't|aren't|don't|doesn't|didn't|haven't|won't|wouldn't|can't|couldn't)\b/;

const LEAD_IN =
  /^(?:(?:okay|ok|so|and|right|well|um|uh|alright|all right|great|thanks|now|but|then|oh|sure|yeah|mm|mm-hmm|hmm|wow|خب|خوب|باشه|پس|و|طب|طيب|تمام|اوكي|ممتاز)[\s,،.]+)+/u;

/** Imperatives that invite talk without a question mark ("Tell me more about…", «بیشتر بگید», «احكي لي»). */
const EN_OPEN_IMPERATIVE = /^(?:please )?(?:tell me|describe|walk me through|talk me through|explain|say more|help me understand)/;
// A phrase pattern, so that a turn whose words hold none of these is not searched sentence by sentence.
const FA_AR_OPEN_IMPERATIVE = phraseRegex(['توضیح بدید', 'توضیح بدین', 'برام بگید', 'بیشتر بگید', 'تعریف کنید', 'بگید ببینم', 'موضوع را بفرمایید', 'موضوع رو بفرمایید', 'مشکلتون رو بفرمایید', 'مشکلتان را بفرمایید', 'امر خود را بفرمایید', 'امرتون رو بفرمایید', 'امرتان را بفرمایید', 'احك لي', 'احكي لي', 'احكيلي', 'اشرح', 'اشرحي', 'خبرني', 'قل لي', 'قولي لي', 'عاودي ليا', 'عاود ليا']);
const FA_AR_OPEN_IMPERATIVE_FILTER = prefilterId(FA_AR_OPEN_IMPERATIVE);

/** `turn`: the sentence's turn, when known (its words may rule out the Persian and Arabic imperatives). */
function isOpenImperative(body: string, pack: LanguagePack, turn?: PreparedTurn): boolean {
  if (EN_OPEN_IMPERATIVE.test(body)) return true;
  return pack.code !== 'en' && (!turn || turn.cueCandidates.mightPass(FA_AR_OPEN_IMPERATIVE_FILTER)) && FA_AR_OPEN_IMPERATIVE.test(body);
}

/**
 * Finds the questions in an agent turn. Speech-to-text output often has no question marks,
 * so a sentence with no end punctuation counts as a question when it opens with a question
 * word (after lead-ins like "okay so"), ends with a check tag, or — in Persian and Arabic,
 * where the question word often comes last — contains one.
 */
export function findQuestions(turn: PreparedTurn, pack: LanguagePack): QuestionFinding | undefined {
  const questions = turn.sentences.map((text, i) => new Sentence(text, pack, turn, i)).filter(isQuestionSentence);
  if (questions.length === 0) return undefined;
  const last = questions[questions.length - 1];
  const sentences = questions.map((q) => q.text);
  return {
    kind: questionKind(last, pack),
    sentences,
    // A turn that names no routine datum has no sentence that does (see `Sentence.mayNameDatum`).
    asked: last.mayNameDatum ? sentences.filter((q) => !pack.cues.scriptedQuestion.test(q) && !asksForArabicNumber(q, pack)) : sentences,
    confirmationOnly: questions.every(
      (q) => isConfirmationAlone(q, pack) || (endsWithConfirmation(q.text, pack) && !q.startsWithQuestionWord) || CHECKS_WHAT_WAS_SAID.test(q.body),
    ),
    declarativeOnly: questions.every((q) => isDeclarative(q, pack)),
  };
}

/**
 * A sentence and its body: the sentence without lead-ins like "okay so" (stripped once), with
 * the tests several rules ask of the body run once.
 */
class Sentence {
  readonly body: string;
  private questionWordFirst?: boolean;
  private imperative?: boolean;

  /** `at`: the sentence's place in its turn, when known. */
  constructor(readonly text: string, readonly pack: LanguagePack, private readonly turn?: PreparedTurn, readonly at = 0) {
    this.body = text.replace(LEAD_IN, '');
  }

  /** Whether the sentence before it in the turn states something (a few words, not asked). */
  get followsStatement(): boolean {
    const before = this.at > 0 ? this.turn?.sentences[this.at - 1] : undefined;
    return before !== undefined && !endsWithQuestionMark(before) && wordCount(before) >= STATEMENT_WORDS;
  }

  get startsWithQuestionWord(): boolean {
    return (this.questionWordFirst ??= startsWithQuestionWord(this.body, this.pack));
  }

  get isOpenImperative(): boolean {
    return (this.imperative ??= isOpenImperative(this.body, this.pack, this.turn));
  }

  /** Whether the sentence may name a routine datum: its turn does somewhere (a test run once per turn). */
  get mayNameDatum(): boolean {
    return this.turn === undefined || hasCue(this.turn, this.pack, 'scriptedQuestion') || (this.pack.code === 'ar' && ARABIC_NUMBER_OF.test(this.turn.norm));
  }
}

/** "Did you say the tracker's gone quiet?", «گفتید دو هفته؟»: checking what the customer said, not asking anything new. */
const CHECKS_WHAT_WAS_SAID = /^(?:sorry(?: to (?:jump in|interrupt|cut in))?,? )?(?:did you say|did i hear you say|you said)\b|^(?:گفتید|فرمودید) /u;

/**
 * "Yeah?", "Okay?", "…, you know?": checking the line is open, not asking anything. After a
 * statement, "…, right?" and "…, yeah?" check it like "is that right?" (see `isCheckedSummary`).
 */
const CHECK_WORDS = 'yeah|yes|right';
const ATTENTION_TAG = new RegExp(String.raw`(?:^(?:${CHECK_WORDS})|(?:^|[,،]\s*)(?:okay|ok|sorry|hmm|mm|huh|you know|good|alright|all right|eh))\s*[?؟]$`, 'u');

/** "…you took the toll pass. Yeah?": after the agent's own statement (not after "Mm."), a bare "yeah?" checks it. */
const CHECK_TAG_ALONE = new RegExp(String.raw`^(?:${CHECK_WORDS})\s*[?؟]$`, 'u');
const STATEMENT_WORDS = 4;

function isQuestionSentence(sentence: Sentence): boolean {
  const { text, body, pack } = sentence;
  // Sentences are trimmed: the last character is the end mark, if there is one.
  const end = text[text.length - 1];
  // An attention tag ends in a question mark, as the body does whenever the sentence does.
  if (end === '?' || end === '؟') return !ATTENTION_TAG.test(body) || (CHECK_TAG_ALONE.test(body) && sentence.followsStatement);
  if (sentence.isOpenImperative || (sentence.mayNameDatum && asksForDatum(body, end, pack))) return true;
  if (end === '.' || end === '!') return pack.code === 'en' && asksDespiteFullStop(body);
  // No end punctuation: decide from the words.
  if (sentence.startsWithQuestionWord || endsWithConfirmation(body, pack)) return true;
  if (pack.code !== 'en') return containsQuestionWord(body, pack);
  return EN_QUESTION_INSIDE.test(body) || (!CLAUSE_MARK.test(body) && EN_WH_INVERTED_INSIDE.test(body));
}

/**
 * Speech-to-text without any punctuation: a wh-word before an inverted auxiliary and subject
 * asks wherever it stands ("…nothing since then what time was that"); embedded ones keep the
 * subject first ("i know what it was"), and a bare "which" there is mostly relative ("…to the
 * branch which has it in stock"; "which one is it" still asks). Punctuated text marks its
 * clauses, and a wh-word inside one ("…how could you be so selfish, and…") may be quoted or
 * exclaimed.
 */
const EN_WH_INVERTED_INSIDE =
  /\b(?<!reason )(?:(?:what|how|why|where|when)(?: [a-z]+)?|which [a-z]+) (?:do|does|did|is|was|are|were|has|have|would|could|can|will|should) (?:you|we|they|he|she|it|that|this)\b/;
const CLAUSE_MARK = /[,;:—–]|\s-|-\s|-$/;

/**
 * Asking for a routine datum is a closed question however it is said: "rental contract number
 * please", «کد رهگیری رو بفرمایید», «عطيني رقم الحجز», or — unpunctuated — a bare "and the name
 * on the account", «الاسم الثلاثي». A sentence with digits gives the datum rather than asks for it.
 */
function asksForDatum(body: string, end: string, pack: LanguagePack): boolean {
  if (/\d/.test(body) || IF_OPENING.test(body)) return false;
  if (asksForArabicNumber(body, pack)) return true;
  const datumAt = firstMatchAt(pack.cues.scriptedQuestion, body);
  if (datumAt === Infinity) return false;
  // «کد رهگیری رو براتون پیامک کردم» ("I've texted you the tracking code") gives the datum, not asks for it.
  if (firstMatchAt(pack.cues.actionDone, body.slice(datumAt)) !== Infinity) return false;
  if (pack.cues.dataRequest?.test(body)) return true;
  const opening = body.replace(DATUM_LEAD_IN, '');
  const opensWithDatum = firstMatchAt(pack.cues.scriptedQuestion, opening) <= Math.max(4, DATUM_OWNER.exec(opening)?.[0].length ?? 0);
  // With a full stop it is a statement ("the tracking code will come by text."), unless it only names the datum («رقم الأوردر.»).
  const most = end === '.' || end === '!' ? 3 : 10;
  return opensWithDatum && wordCount(opening) <= most && !COPULA.test(opening);
}

const DATUM_LEAD_IN = /^(?:and|also|then|و|وكمان|همچنین|و همینطور)\s+/u;
/** "If it drops again, call us and give the tracking code": what to do then, not an ask now. */
const IF_OPENING = /^(?:if|اگه|اگر|إذا|اذا|لو(?!\s+سمحت))\s/u;
/** «رقم عقد التمويل لو سمحت», «عطيني رقم التتبع عافاك»: "the number of X", asked for with a request marker, is a routine datum whatever X is. */
function asksForArabicNumber(sentence: string, pack: LanguagePack): boolean {
  return pack.code === 'ar' && NUMBER_OF_ASKED.test(sentence.replace(LEAD_IN, '')) && !/\d/.test(sentence) && (pack.cues.dataRequest?.test(sentence) ?? false);
}

/** Arabic "number of …" without the article (a construct: «رقم الحجز», «رقم عقد …»), where an agent asks for one. */
const ARABIC_NUMBER_OF = /(?:^|\s)(?:رقم|نمره|نمرة)\s/u;
const NUMBER_OF_ASKED = /^(?:(?:عطيني|عطني|اعطني|اعطيني|انطيني|نطيني|ابعتلي|ممكن|قولي)\s+)?(?:رقم|نمره|نمرة)\s/u;
/** "The", "your"… before the datum named ("and your full name"). */
const DATUM_OWNER = /^(?:the|your|his|her|their|its)\s+/;
/** A datum stated, not asked ("your account number is…", «شماره‌تون … هست»). */
const COPULA = /\b(?:is|are|was|were|has|have|will|'s)\b|(?:^|\s)(?:هست|است|بود|هو|هي|كان)(?:\s|$)/u;

function firstMatchAt(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m === null ? Infinity : m.index;
}

/** Unpunctuated English: yes/no asks that give a question away wherever they stand. */
const EN_ASKS_INSIDE = new RegExp(
  String.raw`\b(?:have you (?:noticed|tried|checked|seen|had)|did you (?:notice|try|check|see|get|receive)|(?:can|could|may) i (?:just )?(?:have|get|take|ask|grab)|(?:can|could) you (?:tell|give|confirm|send)|did (?:the|your) [a-z]+ (?:leave|send|call|ring|text|email|come|arrive|knock|say|tell|give|bring)|(?:did|has) anything (?:change|changed|happen|happened)|do you (?:have|know|want|need|remember)|would you like|are you able to` +
    // Offering a slot or checking a contact detail: "…we do saturdays would a morning suit", "…is that still the best number".
    String.raw`|(?:would|does|will) (?:that|this|it|a|an|the|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|weekends?)(?: [a-z]+){0,5} (?:work|suit)` +
    String.raw`|is (?:that|this) (?:[a-z]+ )?(?:still )?the (?:best|right|correct) (?:number|email|address|one))\b`,
);
/** …and the invitations and checks that do ("tell me a bit more", "what about…", "is that right"). */
const EN_QUESTION_INSIDE = new RegExp(
  String.raw`\b(?:how (?:can|may|could) i help|what can i do for you|is there anything else|anything else (?:i|we) can|anything else (?:today|for you|at all)$|what can i help you with|tell me (?:a bit |a little )?more|what about|how about|since when|is that (?:right|correct|okay)` +
    // Asking for a datum after the greeting ("…you're speaking with kayla what's the email on your account").
    String.raw`|what(?:'s| is) (?:the|your) (?:[a-z]+ ){0,2}(?:email|name|number|address|postcode|reference|registration)` +
    // …or what the call is about ("go ahead what's the query"), unless not knowing it ("i don't know what's the problem").
    String.raw`|(?<!(?:know|sure|see|check|wonder|out) )what(?:'s| is) the (?:query|problem|issue)` +
    // "…and apart from the tablets what else is in his bag", unless not knowing it ("no idea what else was in it")
    // or shrugging ("what else can i say").
    String.raw`|(?<!(?:know|sure|idea|wonder) )what else (?:is|are|was|were|do|does|did|has|have|can|could|would|should|might)(?! (?:i|we) say))\b|` +
    EN_ASKS_INSIDE.source,
);

/**
 * Speech-to-text often ends a spoken question with a full stop. Some forms ask whatever the
 * punctuation, at the start or after a preamble: "I wonder if…", "tell me about…", "if you
 * could walk me through…", "do you feel okay.", "…, what number would you give."
 */
function asksDespiteFullStop(body: string): boolean {
  return laterClauses(body).some((c) => EN_ASKING_FORM.test(c) || EN_OPEN_IMPERATIVE.test(c));
}

const EN_ASKING_FORM = new RegExp(
  `^(?:${[
    String.raw`(?:i|i'm|i am|i was|i'm just|i was just|just) wonder(?:ing|ed)? (?:if|whether|what|how|why|where|when|who|which)`,
    String.raw`i'm (?:just |really )?(?:curious|interested (?:to know|in what|in how|in why))`,
    String.raw`(?:if |maybe )?you (?:could|can|might) (?:just )?(?:tell me|tell us|describe|walk me|talk me|explain|share with me|remind me)`,
    String.raw`(?:just )?(?:remind me|talk to me|let me know) (?:about|a little|a bit|more|what|how|why|if|whether)`,
    String.raw`(?:do|did|does|are|were|have|would|could|can|will) you\b(?! know what i mean)`,
    String.raw`(?:would|is) it (?:be )?(?:okay|ok|alright|all right) (?:if|with you)`,
    String.raw`(?:what|how|why|where|when|who|which)(?: [a-z]+)? (?:do|does|did|would|could|can|will|are|is|was|were|have|should) (?:you|i|we|they)\b`,
  ].join('|')})`,
);

/** Yes/no questions that still invite talk ("can you tell me about…", "do you mind if we explore…"). */
const EMBEDDED_OPEN = /\b(?:tell me|describe|walk me through|talk me through|explain|think of|talk (?:a bit |a little )?(?:more )?about|explore|ask (?:you )?(?:what|how|why))\b/;

function isDeclarative(sentence: Sentence, pack: LanguagePack): boolean {
  const { body } = sentence;
  if (sentence.startsWithQuestionWord || sentence.isOpenImperative) return false;
  // "X or Y?" («… صادر شده بود یا نزد شرکت دیگری؟», «… أم ورقيا؟») offers a choice: it asks.
  if (pack.code !== 'en') return !FA_AR_INTERROGATIVE.test(body.replace(pack.cues.confirmationTag, '')) && !FA_AR_OR.test(body);
  // Spoken questions often put the question after a preamble ("let me ask you, knowing what
  // you know now, how important is it…?", "so aside from that, what do you like about it?"),
  // or, unpunctuated, run into a yes/no ask ("…the text never went out did you get any message").
  if (EN_ASKS_INSIDE.test(body)) return false;
  return !laterClauses(body).some((c) => startsWithQuestionWord(c, pack) || isOpenImperative(c, pack) || EN_QUESTION_OPENER.test(c));
}

/** "Anything else?", "any other hobbies?", "I wonder what…", "I'm curious, what…": asking, not restating. */
const EN_QUESTION_OPENER = /^(?:any|anything|anyone|anybody|i wonder|i'm wondering|i was wondering|wondering|i'm curious|i'm just curious|curious)\b/;

/** The clauses of a sentence (split at commas and dashes), each without its lead-in. */
function laterClauses(body: string): string[] {
  return body.split(/\s*(?:[,;:—–]|\s-+\s|--)\s*/u).map((c) => c.replace(LEAD_IN, '')).filter(Boolean);
}

/** Whether the body (lead-ins already stripped) opens with a question word. */
function startsWithQuestionWord(body: string, pack: LanguagePack): boolean {
  return atStart(pack.cues.questionStart).test(body) && !(pack.code === 'en' && EN_PSEUDO_CLEFT.test(body));
}

/** "What I'm doing now is logging it…", "what we can do is…", "what normally happens is…": a statement that opens with "what". */
const EN_PSEUDO_CLEFT =
  /^what (?:(?:i|we|i'm|we're|i'll|we'll|i've|we've)(?: (?:am|are|will|can|could|need to|want to|have to|would|usually|normally))? (?:[a-z']+ ){0,3}?|(?:usually |normally |typically |generally |then |actually )?happens |(?:that|this|it) means |you (?:need to|have to|can|could|should) do )(?:is|was) /;

/** Cue patterns anchored at the start, the whole text, the end. */
const atStart = derivedPattern((r) => new RegExp(`^(?:${r.source})`, r.flags));
const whole = derivedPattern((r) => new RegExp(`^(?:${r.source})$`, r.flags));
const atEnd = derivedPattern((r) => new RegExp(`(?:${r.source})$`, 'u'));

/** Whether the sentence only checks the agent's own summary ("Right?", «درسته؟», «صح؟»). */
export function isCheckOnly(sentence: string, pack: LanguagePack): boolean {
  return isConfirmationAlone(new Sentence(sentence, pack), pack);
}

/** Whether a question word comes before position `at` of the sentence («…، هل عملت…»), or the sentence opens as a question. */
export function askedBefore(sentence: string, at: number, pack: LanguagePack): boolean {
  if (new Sentence(sentence, pack).startsWithQuestionWord) return true;
  if (pack.code === 'en') return false;
  const asked = FA_AR_INTERROGATIVE.exec(sentence);
  return asked !== null && asked.index < at;
}

/** Whether the sentence is a summary the agent checks with a tag ("So it drops every evening, right?", «…، درسته؟»). */
export function isCheckedSummary(sentence: string, pack: LanguagePack): boolean {
  return endsWithConfirmation(sentence, pack) && !new Sentence(sentence, pack).startsWithQuestionWord;
}

/** "Right?", «درسته؟», «صح؟», "Is that right?" standing alone after the agent's summary. */
function isConfirmationAlone({ body }: Sentence, pack: LanguagePack): boolean {
  const bare = withoutEndMarks(body).trim();
  return whole(pack.cues.confirmationTag).test(bare);
}

/** The text without its trailing spaces and marks (? ؟ . ! , ،), read from the end rather than by a pattern tried all along it. */
function withoutEndMarks(text: string): string {
  let end = text.length;
  while (end > 0 && IS_END_MARK[text.charCodeAt(end - 1)] === 1) end--;
  return text.slice(0, end);
}

/** `[\s?؟.!,،]`, by code unit. */
const IS_END_MARK = charTable(WHITESPACE + '?؟.!,،');

function endsWithConfirmation(sentence: string, pack: LanguagePack): boolean {
  const body = withoutEndMarks(sentence);
  return atEnd(pack.cues.confirmationTag).test(body) && /[,،]|\s/.test(body);
}

const FA_AR_OR = new RegExp(String.raw`(?<![${WORD_CHARS}])(?:یا|أم|ام|أو|او)(?![${WORD_CHARS}])`, 'u');

/** «ولا» asks "or" inside a question; before «داعي», «يهمك», «شي»… it is "and no" («ولا داعي تقلق»). */
const OR_NOT_NOR = String.raw`ولا(?!\s+(?:داعي|يهمك|يهمكم|تشيل|تقلق|تقلقي|تزعل|تخاف|تخافي|تنسى|تنسي|تنسا|قوه|قوة|شي|شيء|حاجه|حاجة|اي|مره|مرة|واحد|يوم))`;
/** «كيف» asks "how", except in the Maghrebi «كيفو كيف» / «كيف كيف» ("just like"). */
const HOW_NOT_LIKE = String.raw`(?<!(?:كيف|كيفو|كيفه|كيفها|كيفهم)\s)كيف(?!\s+كيف)`;

/** «ليه» asks "why", except after a verb of saying or giving, where Maghrebi «ليه» is "to him" («غادي نقول ليه»). */
const WHY_NOT_TO_HIM = String.raw`(?<!(?:قول|نقول|تقول|يقول|قلت|قال|قالت|قالو|قالوا|نقولو|عطيت|نعطي|بعت|صيفط|نصيفط|عيط|نعيط)\s)ليه`;

/** Question words of Persian and Arabic, dialects included (Maghrebi «واش», «علاش»; Iraqi «شنو», «شكد»; Gulf/Levantine «وين», «قديش»). */
const FA_AR_QUESTION_WORDS = String.raw`(?:چی|چیه|چه|چطور|چطوری|چجوری|چرا|کجا|کجای|کدوم|کدام|چند|چنده|چقدر|آیا|(?<!\d\s?)مگه|کیه|(?<!هر\s)کی|هل|ماذا|لماذا|${HOW_NOT_LIKE}|متى|اين|كم|ازاي|إزاي|فين|امتى|إمتى|كام|ايش|إيش|شو|وش|ليش|${WHY_NOT_TO_HIM}|مين|شلون|${OR_NOT_NOR}|وين|منو|شنو|شنوه|شنوا|اشنوه|شنهو|واش|علاش|كيفاش|شكون|فوقاش|قداش|قديش|شكد|منين)`;
const FA_AR_INTERROGATIVE = new RegExp(String.raw`(?<![${WORD_CHARS}])(?:و|ف)?${FA_AR_QUESTION_WORDS}(?![${WORD_CHARS}])`, 'u');

/**
 * "I don't know where it is" («مش عارف هي فين», «نمیدونم کجاست»): a question word a few words
 * after not knowing is embedded; nothing is asked.
 */
const NOT_KNOWING = new RegExp(
  String.raw`(?:مش عارف|معرفش|ما اعرف|ما ادري|مادري|مو عارف|لا اعرف|لا ادري|نمیدونم|نمی دونم|نمیدونیم|نمیدانم|نمی دانم|معلوم نیست|ببینیم|ببینم)[^\s]*(?:\s+[^\s]+){0,3}?\s+(?:و|ف)?(?:${FA_AR_QUESTION_WORDS}|ايه)(?![${WORD_CHARS}])`,
  'gu',
);

// After a number it is a letter in a model name («٨٥ إيه», 85A). "What exactly" («ايه بالظبط») closes it too.
const EGYPTIAN_WHAT_AT_END = new RegExp(String.raw`(?<![${WORD_CHARS}])(?<!\d\s?)ايه(?:\s+(?:بالظبط|بالضبط|تاني|كمان))?[\s.]*$`, 'u');
const NOR_AT_START = new RegExp(String.raw`^ولا(?![${WORD_CHARS}])`, 'u');
const PLAIN_QUESTION_WORD = new RegExp(String.raw`(?<![${WORD_CHARS}])(?:هل|كم|ايه|إيه)(?![${WORD_CHARS}])`, 'u');

function containsQuestionWord(text: string, pack: LanguagePack): boolean {
  const sentence = text.replace(NOT_KNOWING, ' ');
  if (FA_AR_ANYTHING_ELSE.test(sentence)) return true;
  // Egyptian «إيه» ("what") closes the question; elsewhere it can mean "yes" (or, after a number, the letter A).
  if (pack.code === 'ar' && EGYPTIAN_WHAT_AT_END.test(sentence)) return true;
  if (FA_AR_INTERROGATIVE.test(sentence)) {
    // «ولا» is "or" only inside a question; «ولا» at the start is "nor".
    return !NOR_AT_START.test(sentence) || PLAIN_QUESTION_WORD.test(sentence);
  }
  return startsWithQuestionWord(sentence, pack);
}

/** "Anything else?" wherever it stands in an unpunctuated sentence («… اكو شي ثاني», «چیز دیگه‌ای هست که…»). */
const FA_AR_ANYTHING_ELSE = new RegExp(
  String.raw`(?<![${WORD_CHARS}])(?:(?:اكو|في|فيه|تحتاج|تحتاجين|تبي|تبغى|بدك)\s+(?:شي|شيء|حاجه|حاجة)\s+(?:ثاني|تاني|اخر|اخري|لاخ)|(?:چیز|کار|امر|سوال|سؤال)\s+دیگه ?ای\s+(?:هست|دارید|داشتید))(?![${WORD_CHARS}])`,
  'u',
);

/** Open when it invites the customer to talk; closed when it asks for yes/no or one fact. */
function questionKind(sentence: Sentence, pack: LanguagePack): QuestionKind {
  const { body } = sentence;
  if (sentence.isOpenImperative) return 'open';
  // A summary checked with a tag asks yes or no, whatever words it restates ("so it turned up with what looks like the wrong layout, is that right").
  if (isCheckedSummary(sentence.text, pack)) return 'closed';
  // "Did the plumber leave a note saying what failed?" asks yes/no, whatever words follow.
  if (pack.code === 'en' && EN_AUXILIARY_START.test(body)) return EMBEDDED_OPEN.test(body) ? 'open' : 'closed';
  const opens = matchStarts(body, pack.cues.openQuestion);
  if (opens.length === 0) return 'closed';
  const facts = matchStarts(body, pack.cues.factRequest);
  // Open when some open marker ("how", "tell me", «چطور», «كيف») is not the start of a fact request.
  // Persian and Arabic put "what" after what is asked for («رقمك الجامعي شنو؟», «شو الاسم…»).
  const near = pack.code === 'en' ? 2 : 4;
  if (pack.code !== 'en' && facts.length > 0 && opens.every((o) => o > facts[0] && !FA_AR_HOW_OR_WHY.test(body.slice(o)))) return 'closed';
  return opens.some((o) => !facts.some((f) => Math.abs(f - o) <= near)) ? 'open' : 'closed';
}

/** "How" and "why" ask for a telling even after a datum is named («برای اثبات آدرس چطوری…», «العنوان كيف…»). */
const FA_AR_HOW_OR_WHY = /^(?:و|ف)?(?:چطور|چجوری|چه جوری|چگونه|چرا|برای چی|واسه چی|به چه دلیل|كيف|كيفاش|ازاي|إزاي|شلون|لماذا|ليش|ليه|علاش)/u;

/** Where each match of `re` in `text` starts (as `matchAll`, without building an iterator and an array of matches). */
function matchStarts(text: string, re: RegExp): number[] {
  const global = withGlobal(re);
  const starts: number[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    starts.push(m.index);
    if (m[0] === '') global.lastIndex++; // an empty match would be found again
  }
  return starts;
}

