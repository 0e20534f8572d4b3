import type { Cue } from './subtitle-cues.ts';
import type { Fragment } from './fragment.ts';
import { isNameLabel, isStrongLabel, splitSpeakerPrefix } from './speaker-prefix.ts';
import { ParseError } from './types.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' };
const decodeEntities = (text: string) => text.replace(/&(\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
const stripTags = (text: string) => decodeEntities(text.replace(/<[^>]*>/g, ''));

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>/g;
const DIALOGUE_DASH = /^\s*[-–]\s+/;

/** A run of text by one speaker inside a cue line. */
interface Piece {
  label?: string;
  text: string;
  dash: boolean;
}

/** Splits one payload line on <v Name> voice spans, then on "Name: " / "[SPEAKER_00]: " prefixes. */
function piecesOfLine(raw: string, isSpeaker: (label: string) => boolean): Piece[] {
  const voices = [...raw.matchAll(VOICE)];
  if (voices.length > 0) {
    return voices.map((voice, i) => {
      const from = voice.index! + voice[0].length;
      const to = voices[i + 1]?.index ?? raw.length;
      return { label: voice[1].trim(), text: stripTags(raw.slice(from, to)), dash: false };
    });
  }
  let text = stripTags(raw);
  const dash = DIALOGUE_DASH.test(text);
  if (dash) text = text.replace(DIALOGUE_DASH, '');
  const prefix = splitSpeakerPrefix(text);
  if (prefix && isSpeaker(prefix.label)) {
    return [{ label: prefix.label, text: prefix.rest, dash }];
  }
  return [{ text, dash }];
}

/**
 * Which "xxx: " prefixes name a speaker: known labels and capitalised names always, any other
 * short prefix ("john: ") when it starts two cue lines or more, so a lone "Note: …" stays text.
 */
function speakerPrefixTest(cues: Cue[]): (label: string) => boolean {
  const counts = new Map<string, number>();
  for (const { text } of cues.flatMap((cue) => cue.lines)) {
    const label = splitSpeakerPrefix(stripTags(text).replace(DIALOGUE_DASH, ''))?.label;
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return (label) => isStrongLabel(label) || isNameLabel(label) || (counts.get(label) ?? 0) >= 2;
}

/**
 * Turns cues into speaker fragments. A line without a speaker continues the current speaker;
 * an unnamed SRT dialogue dash ("- …") marks a change of speaker: to the other speaker seen so far.
 */
export function cueFragments(cues: Cue[], howToLabel: string): Fragment[] {
  const isSpeaker = speakerPrefixTest(cues);
  const fragments: Fragment[] = [];
  let current: string | undefined;
  const seen: string[] = [];
  const otherThan = (label: string | undefined) => [...seen].reverse().find((l) => l !== label);

  for (const cue of cues) {
    for (const { text: raw, line } of cue.lines) {
      for (const piece of piecesOfLine(raw, isSpeaker)) {
        const label = piece.label ?? (piece.dash ? otherThan(current) : current);
        if (!label) throw new ParseError(`no speaker for this cue text: expected ${howToLabel}`, { line });
        if (!seen.includes(label)) seen.push(label);
        current = label;
        const last = fragments.at(-1);
        if (last && last.label === label && last.where.line === cue.line) last.text += ` ${piece.text}`;
        else fragments.push({ label, text: piece.text, start: cue.start, end: cue.end, where: { line: cue.line } });
      }
    }
  }
  return fragments;
}
