/**
 * Checks the judge's reply: JSON, the schema, and that every index it cites is a turn it was
 * shown and asked about. Errors are phrased for the model, which gets them back once.
 */
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { TAGS, type ScoredTurn } from '../scoring/types.ts';
import type { Batch, Judgement } from './types.ts';

const ReplySchema = Type.Object({
  turns: Type.Array(
    Type.Object({
      turn: Type.Integer({ minimum: 0 }),
      tags: Type.Array(Type.Union(TAGS.map((tag) => Type.Literal(tag)))),
      refersTo: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
      note: Type.Optional(Type.String()),
    }),
  ),
  negativeEmotion: Type.Optional(Type.Array(Type.Integer({ minimum: 0 }))),
});
type Reply = Type.Static<typeof ReplySchema>;

export type ParsedReply = { ok: true; judgement: Judgement } | { ok: false; errors: string[] };

export function parseReply(content: string, batch: Batch, turns: ScoredTurn[]): ParsedReply {
  let data: unknown;
  try {
    data = JSON.parse(stripCodeFence(content));
  } catch {
    return { ok: false, errors: ['the reply is not valid JSON'] };
  }
  if (!Value.Check(ReplySchema, data)) {
    const errors = [...Value.Errors(ReplySchema, data)].slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
    return { ok: false, errors };
  }
  const errors = citationErrors(data, batch, turns);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, judgement: toJudgement(data, batch) };
}

function citationErrors(reply: Reply, batch: Batch, turns: ScoredTurn[]): string[] {
  const asked = new Set(batch.questions.map((q) => q.turn));
  const shown = new Set(batch.context);
  const errors: string[] = [];
  const answered = new Set<number>();
  for (const verdict of reply.turns) {
    if (!asked.has(verdict.turn)) errors.push(`turn ${verdict.turn} was not asked about (asked: ${[...asked].join(', ')})`);
    if (answered.has(verdict.turn)) errors.push(`turn ${verdict.turn} is answered twice`);
    answered.add(verdict.turn);
    const ref = verdict.refersTo;
    if (typeof ref === 'number' && (!shown.has(ref) || turns[ref]?.speaker !== 'customer')) {
      errors.push(`turn ${verdict.turn}: refersTo ${ref} is not a customer turn shown`);
    }
  }
  const missing = [...asked].filter((turn) => !answered.has(turn));
  if (missing.length > 0) errors.push(`no entry for turn${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const emotionAsked = new Set(batch.emotionTurns);
  for (const turn of reply.negativeEmotion ?? []) {
    if (!emotionAsked.has(turn)) errors.push(`negativeEmotion cites turn ${turn}, which was not asked about`);
  }
  return errors;
}

/** Keeps only the tags asked about for each turn; the rest stays with the rules. */
function toJudgement(reply: Reply, batch: Batch): Judgement {
  const scope = new Map(batch.questions.map((q) => [q.turn, q.tags]));
  const negative = new Set(reply.negativeEmotion ?? []);
  return {
    verdicts: reply.turns.map((v) => ({
      turn: v.turn,
      tags: v.tags.filter((tag) => scope.get(v.turn)?.includes(tag)),
      ...(typeof v.refersTo === 'number' ? { refersTo: v.refersTo } : {}),
      ...(v.note ? { note: v.note } : {}),
    })),
    emotions: batch.emotionTurns.map((turn) => ({ turn, negative: negative.has(turn) })),
  };
}

/** Local models often wrap JSON in a Markdown fence even when asked not to. */
function stripCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return fenced ? fenced[1] : content;
}
