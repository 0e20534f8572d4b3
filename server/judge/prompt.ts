/**
 * The judge's prompt: checklist and tag definitions (SPEC §1) for only the tags asked about,
 * turn-indexed excerpts of the (redacted) transcript, and the JSON reply format.
 * The reply is always JSON; notes are in the call's language.
 */
import { redact, type RedactionOptions } from '../privacy/redact.ts';
import type { Language, ScoredTurn, Tag } from '../scoring/types.ts';
import type { Batch } from './types.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Words kept of a context turn that is not next to a turn asked about. */
const CONTEXT_WORDS = 16;

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fa: 'Persian', ar: 'Arabic' };

const TAG_DEFINITIONS: Record<Tag, string> = {
  interruption: 'the agent cuts the customer off mid-sentence (customer turn broken off with --, — or -). Never a backchannel.',
  backchannel: 'a short continuer letting the customer go on ("mm-hmm", "اوهوم", "آها", "نعم").',
  paraphrase: 'restates or partly repeats what the customer said, to check or show understanding (may be a question). refersTo: that customer turn.',
  'question:open': 'invites a free answer (what, how, why, tell me…).',
  'question:closed': 'asks for yes/no, one fact or a choice.',
  followup: 'a question building on what the customer said (clarifying, digging deeper), not scripted; always with a question tag. refersTo: that customer turn.',
  empathy: 'acknowledges a negative feeling (frustration, anger, worry, disappointment) the customer voiced; politeness alone is not empathy.',
  action: "a concrete commitment addressing the customer's request (done now, dated callback, specific step); \"we'll look into it\" is not one.",
};

const NEGATIVE_EMOTION = 'Negative emotion: the customer voices frustration, anger, worry or disappointment.';

export function buildMessages(batch: Batch, turns: ScoredTurn[], language: Language, redaction: boolean | RedactionOptions): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt(batch, language) },
    { role: 'user', content: userPrompt(batch, turns, language, redaction) },
  ];
}

/** Asks again after an invalid reply, listing what was wrong. */
export function reaskMessages(messages: ChatMessage[], reply: string, errors: string[]): ChatMessage[] {
  return [
    ...messages,
    { role: 'assistant', content: reply },
    { role: 'user', content: `Your reply was invalid:\n${errors.map((e) => `- ${e}`).join('\n')}\nReply again with the JSON object only, following the format exactly.` },
  ];
}

function systemPrompt(batch: Batch, language: Language): string {
  const tags = [...new Set(batch.questions.flatMap((q) => q.tags))];
  const lines = [
    'You judge active listening of call-centre agents. Tags for agent turns:',
    ...tags.map((tag) => `- ${tag}: ${TAG_DEFINITIONS[tag]}`),
  ];
  if (batch.emotionTurns.length > 0) lines.push(NEGATIVE_EMOTION);
  lines.push(
    'Reply with one JSON object only:',
    replyFormat(batch),
    `One entry per turn asked; tags [] if none apply, else only those asked for it; refersTo only with paraphrase/followup; cite only turns shown; note: a few words in ${LANGUAGE_NAMES[language]}.`,
  );
  return lines.join('\n');
}

function replyFormat(batch: Batch): string {
  const emotion = batch.emotionTurns.length > 0 ? ',"negativeEmotion":[<customer turn i>,…]' : '';
  return `{"turns":[{"turn":<i>,"tags":[…],"refersTo":<customer turn i>,"note":"…"}]${emotion}}`;
}

function userPrompt(batch: Batch, turns: ScoredTurn[], language: Language, redaction: boolean | RedactionOptions): string {
  const lines = [`Call language: ${language}`, 'Turns:'];
  const near = nearTurns(batch);
  let previous = -1;
  for (const index of batch.context) {
    if (previous >= 0 && index > previous + 1) lines.push('…');
    const turn = turns[index];
    const text = near.has(index) ? oneLine(turn.text) : shortened(oneLine(turn.text));
    lines.push(`[${index}] ${turn.speaker}: ${redact(text, redaction)}`);
    previous = index;
  }
  lines.push('Judge these agent turns, only for the tags listed:');
  for (const [tags, indices] of groupByTags(batch)) {
    lines.push(`- turn${indices.length > 1 ? 's' : ''} ${indices.join(', ')}: ${tags}`);
  }
  if (batch.emotionTurns.length > 0) {
    lines.push(`Customer turns to check for negative emotion: ${batch.emotionTurns.join(', ')}`);
  }
  return lines.join('\n');
}

function groupByTags(batch: Batch): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const q of batch.questions) {
    const key = q.tags.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), q.turn]);
  }
  return groups;
}

/** Turns shown in full: those asked about, the turn each answers, and emotional customer turns. */
function nearTurns(batch: Batch): Set<number> {
  return new Set([...batch.questions.flatMap((q) => [q.turn, q.turn - 1]), ...batch.emotionTurns]);
}

/** Farther context keeps its start and end: enough to follow the thread at a fraction of the tokens. */
function shortened(text: string): string {
  const words = text.split(' ');
  if (words.length <= CONTEXT_WORDS) return text;
  return `${words.slice(0, CONTEXT_WORDS / 2).join(' ')} … ${words.slice(-CONTEXT_WORDS / 2).join(' ')}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
