import type { LanguagePack } from '../lang/types.ts';
import type { PreparedTurn } from './prepare.ts';

export type QuestionKind = 'open' | 'closed';

export interface QuestionFinding {
  kind: QuestionKind;
  /** The normalised question sentences of the turn. */
  sentences: string[];
  /** True when every question is only a check of the agent's own summary ("…, right?"). */
  confirmationOnly: boolean;
}

/** Discourse openers that come before the question word in speech ("okay so what…"). */
const LEAD_IN = /^(?:(?:okay|ok|so|and|right|well|um|uh|alright|great|thanks|now|but|then|oh|sure|yeah|خب|خوب|باشه|پس|و|طب|طيب|و|تمام|طيب|اوكي|ممتاز)[\s,،]+)+/u;

/** Imperatives that invite talk without a question mark ("Tell me more about…"). */
const OPEN_IMPERATIVE = /^(?:tell me|describe|walk me through|talk me through|explain|say more|help me understand|توضیح بدید|برام بگید|بیشتر بگید|تعریف کنید|احك لي|احكي لي|اشرح|احكيلي|خبرني)/u;

/**
 * Finds the questions in an agent turn. Speech-to-text output often has no question marks,
 * so a sentence with no end punctuation counts as a question when it opens with a question
 * word (after lead-ins like "okay so"), ends with a check tag, or — in Persian and Arabic,
 * where the question word often comes last — contains one.
 */
export function findQuestions(turn: PreparedTurn, pack: LanguagePack): QuestionFinding | undefined {
  const questions = turn.sentences.filter((s) => isQuestionSentence(s, pack));
  if (questions.length === 0) return undefined;
  const last = questions[questions.length - 1];
  return {
    kind: questionKind(last, pack),
    sentences: questions,
    confirmationOnly: questions.every((q) => endsWithConfirmation(q, pack) && !startsWithQuestionWord(q, pack)),
  };
}

function isQuestionSentence(sentence: string, pack: LanguagePack): boolean {
  const body = sentence.replace(LEAD_IN, '');
  if (/[?؟]\s*$/.test(sentence)) return true;
  if (OPEN_IMPERATIVE.test(body)) return true;
  if (/[.!]\s*$/.test(sentence)) return false;
  // No end punctuation: decide from the words.
  if (startsWithQuestionWord(body, pack) || endsWithConfirmation(body, pack)) return true;
  if (pack.code !== 'en') return containsQuestionWord(body, pack);
  return false;
}

function startsWithQuestionWord(sentence: string, pack: LanguagePack): boolean {
  const m = pack.cues.questionStart.exec(sentence.replace(LEAD_IN, ''));
  return m !== null && m.index === 0;
}

function endsWithConfirmation(sentence: string, pack: LanguagePack): boolean {
  const body = sentence.replace(/[\s?؟.!,،]+$/u, '');
  const re = new RegExp(`(?:${pack.cues.confirmationTag.source})$`, 'u');
  return re.test(body) && /[,،]|\s/.test(body);
}

const FA_AR_INTERROGATIVE =
  /(?<![\p{L}\p{M}])(?:چی|چیه|چه|چطور|چطوری|چجوری|چرا|کجا|کجای|کدوم|کدام|چند|چنده|چقدر|آیا|مگه|هل|ماذا|لماذا|كيف|متى|اين|كم|ازاي|إزاي|فين|امتى|إمتى|كام|ايش|إيش|شو|وش|ليش|ليه|مين|شلون|ولا)(?![\p{L}\p{M}])/u;

function containsQuestionWord(sentence: string, pack: LanguagePack): boolean {
  if (FA_AR_INTERROGATIVE.test(sentence)) {
    // «ولا» is "or" only inside a question; «ولا» at the start is "nor".
    return !/^ولا(?![\p{L}])/u.test(sentence) || /(?<![\p{L}])(?:هل|كم|ايه|إيه)(?![\p{L}])/u.test(sentence);
  }
  return startsWithQuestionWord(sentence, pack);
}

/** Open when it invites the customer to talk; closed when it asks for yes/no or one fact. */
function questionKind(sentence: string, pack: LanguagePack): QuestionKind {
  const body = sentence.replace(LEAD_IN, '');
  if (OPEN_IMPERATIVE.test(body)) return 'open';
  const fact = pack.cues.factRequest.exec(body);
  const open = pack.cues.openQuestion.exec(body);
  if (!open) return 'closed';
  if (fact && fact.index <= open.index + 2) return 'closed';
  // In English the open word must lead the question; "…, or what?" is not open.
  if (pack.code === 'en' && open.index > 0) return 'closed';
  return 'open';
}
