/**
 * Practice drills: the agent answers a customer turn from a clip; the reply is tagged by the
 * same scoring core as real calls, and the tags become feedback in the session's language.
 */
import { scoreTranscript } from '../scoring/index.ts';
import type { Language, Tag, Turn } from '../scoring/types.ts';
import { drillMessages, type DrillCheckId } from './drill-messages.ts';

/** Longest reply a drill accepts (characters); a spoken reply is far shorter. */
export const MAX_DRILL_REPLY = 1000;
/** Turns of the call kept before the customer turn, so paraphrase and follow-up have context. */
const CONTEXT_TURNS = 6;

export interface DrillCheck {
  id: DrillCheckId;
  /** False when the check does not apply (acknowledging a feeling the customer did not show). */
  relevant: boolean;
  done: boolean;
  message: string;
}

export interface DrillFeedback {
  tags: Tag[];
  customerNegativeEmotion: boolean;
  checks: DrillCheck[];
  /** Extra hints (a question that builds on nothing, a bare backchannel). */
  notes: string[];
  summary: string;
}

/** The tiny transcript a drill scores: the preceding turns, the customer turn, the reply (no timings). */
export function drillTranscript(callTurns: Turn[], customerTurn: number, reply: string, language: Language) {
  const from = Math.max(0, customerTurn - CONTEXT_TURNS);
  const turns: Turn[] = callTurns.slice(from, customerTurn + 1).map(({ speaker, text }) => ({ speaker, text }));
  turns.push({ speaker: 'agent', text: reply });
  return { language, turns };
}

/** Scores the reply in context and explains, check by check, what it did. */
export function drillFeedback(input: {
  callTurns: Turn[];
  customerTurn: number;
  reply: string;
  callLanguage: Language;
  feedbackLanguage: Language;
}): DrillFeedback {
  const transcript = drillTranscript(input.callTurns, input.customerTurn, input.reply, input.callLanguage);
  const card = scoreTranscript(transcript, { language: input.callLanguage });
  const replyTurn = card.turns[card.turns.length - 1];
  const customer = card.turns[card.turns.length - 2];
  const tags = replyTurn.tags;
  const negative = customer.negativeEmotion === true;
  const m = drillMessages(input.feedbackLanguage);

  const done: Record<DrillCheckId, boolean> = {
    paraphrase: tags.includes('paraphrase'),
    acknowledge: tags.includes('empathy'),
    follow_up: tags.includes('followup'),
    action: tags.includes('action'),
  };
  const checks = (Object.keys(done) as DrillCheckId[]).map((id): DrillCheck => {
    const relevant = id !== 'acknowledge' || negative;
    const text = m.checks[id];
    const message = !relevant ? text.notNeeded ?? text.done : done[id] ? text.done : text.missing;
    return { id, relevant, done: done[id], message };
  });

  const notes: string[] = [];
  const asked = tags.includes('question:open') || tags.includes('question:closed');
  if (asked && !done.follow_up) notes.push(m.questionNotFollowUp);
  if (tags.length === 1 && tags[0] === 'backchannel') notes.push(m.backchannelOnly);

  const relevant = checks.filter((c) => c.relevant);
  const met = relevant.filter((c) => c.done).length;
  const summary = met === relevant.length ? m.allDone : met === 0 ? m.noneDone : m.someDone(met, relevant.length);
  return { tags, customerNegativeEmotion: negative, checks, notes, summary };
}
