import type { Language, Turn } from '../scoring/types.ts';
import { assignRoles } from './assign-roles.ts';
import type { Fragment, RawTranscript } from './fragment.ts';
import { mapLanguageTag } from './language.ts';
import type { Format, ParseOptions, ParseResult } from './types.ts';
import { ParseError } from './types.ts';

const cleanText = (text: string) => text.replace(/\s+/g, ' ').trim();

function checkTimes(fragment: Fragment): void {
  const { start, end } = fragment;
  if (start !== undefined && end !== undefined && end < start) {
    throw new ParseError(`end (${end} s) is before start (${start} s)`, fragment.where);
  }
}

/** Stable sort by start time, only when every fragment has one. */
function sortByStart(fragments: Fragment[]): Fragment[] {
  if (!fragments.every((f) => f.start !== undefined)) return fragments;
  return fragments
    .map((fragment, order) => ({ fragment, order }))
    .sort((a, b) => a.fragment.start! - b.fragment.start! || a.order - b.order)
    .map(({ fragment }) => fragment);
}

function toTurn(fragment: Fragment, speaker: Turn['speaker']): Turn {
  const turn: Turn = { speaker, text: fragment.text };
  if (fragment.start !== undefined) turn.start = fragment.start;
  if (fragment.end !== undefined) turn.end = fragment.end;
  return turn;
}

/** Joins consecutive pieces with the same key (speaker label, or role after assignment). */
function mergeConsecutive<T extends { text: string; start?: number; end?: number }>(pieces: T[], keyOf: (piece: T) => string): T[] {
  const merged: T[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && keyOf(last) === keyOf(piece)) {
      last.text = `${last.text} ${piece.text}`;
      if (piece.end !== undefined) last.end = Math.max(last.end ?? piece.end, piece.end);
      if (last.start === undefined && piece.start !== undefined) last.start = piece.start;
    } else merged.push({ ...piece });
  }
  return merged;
}

function chooseLanguage(raw: RawTranscript, options: ParseOptions, warnings: string[]): Language | undefined {
  if (options.language && options.language !== 'auto') return options.language;
  const language = mapLanguageTag(raw.languageTag);
  if (raw.languageTag && !language) {
    warnings.push(`language "${raw.languageTag}" is not one of en, fa, ar; it will be detected from the text`);
  }
  return language;
}

/** The steps every format shares: clean, check times, sort, decide agent/customer, merge, check both sides spoke. */
export function finishTranscript(raw: RawTranscript, format: Format, options: ParseOptions): ParseResult {
  const cleaned = raw.fragments.map((f) => ({ ...f, text: cleanText(f.text) })).filter((f) => f.text !== '');
  cleaned.forEach(checkTimes);
  // Word-level formats: rebuild each speaker's stretches first, so the agent heuristic reads sentences, not words.
  const sorted = sortByStart(cleaned);
  const fragments = raw.mergeSameSpeaker ? mergeConsecutive(sorted, (f) => f.label) : sorted;
  if (fragments.length === 0) throw new ParseError(`no turns found in this ${format} transcript`);

  const { roleOf, warnings } = assignRoles(fragments, options.agentSpeaker);
  const turns = fragments.map((f) => toTurn(f, roleOf.get(f.label)!));
  const finalTurns = raw.mergeSameSpeaker ? mergeConsecutive(turns, (t) => t.speaker) : turns;

  const roles = new Set(finalTurns.map((t) => t.speaker));
  if (roles.size < 2) {
    const labels = [...new Set(fragments.map((f) => f.label))].map((l) => `"${l}"`).join(', ');
    throw new ParseError(
      `only one speaker found: ${labels} (all ${[...roles][0]}); a call needs turns from both the agent and the customer`,
    );
  }

  const allWarnings = [...(raw.warnings ?? []), ...warnings];
  const language = chooseLanguage(raw, options, allWarnings);
  return {
    format,
    warnings: allWarnings,
    transcript: {
      ...(raw.id !== undefined && { id: raw.id }),
      ...(raw.agent && { agent: raw.agent }),
      ...(language && { language }),
      ...(raw.startedAt !== undefined && { startedAt: raw.startedAt }),
      turns: finalTurns,
    },
  };
}
