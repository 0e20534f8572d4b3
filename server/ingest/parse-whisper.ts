import type { Fragment, RawTranscript } from './fragment.ts';
import { arrayAt, isObject, objectAt, textAt, type JsonObject } from './json-shape.ts';
import { isNameLabel, isStrongLabel, splitSpeakerPrefix } from './speaker-prefix.ts';
import { readTime } from './time.ts';
import { ParseError } from './types.ts';

const NO_SPEAKERS =
  'expected speakers, but this Whisper transcript has none (OpenAI verbose_json carries no speaker field): ' +
  'give a diarized file (OpenAI diarized_json, WhisperX with --diarize) or segments whose text starts with "Agent: " / "[SPEAKER_00]: "';

/** WhisperX leaves `speaker` off segments it could not assign; take the most common speaker of its words. */
function speakerOfWords(segment: JsonObject): string | undefined {
  const counts = new Map<string, number>();
  for (const word of Array.isArray(segment.words) ? segment.words : []) {
    if (isObject(word) && typeof word.speaker === 'string') counts.set(word.speaker, (counts.get(word.speaker) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function prefixOf(text: string) {
  const prefix = splitSpeakerPrefix(text.trim());
  return prefix && (isStrongLabel(prefix.label) || isNameLabel(prefix.label)) ? prefix : undefined;
}

/** OpenAI verbose_json / diarized segments and WhisperX segments; seconds. */
export function parseWhisper(data: JsonObject): RawTranscript {
  const segments = (arrayAt(data.segments, 'segments') ?? []).map((s, i) => objectAt(s, `segments[${i}]`));
  const diarized = segments.some((s) => s.speaker !== undefined && s.speaker !== null);
  const prefixed = !diarized && segments.some((s) => typeof s.text === 'string' && prefixOf(s.text));
  if (!diarized && !prefixed) throw new ParseError(NO_SPEAKERS, { field: 'segments' });

  let current: string | undefined;
  const fragments = segments.map((segment, i): Fragment => {
    const field = `segments[${i}]`;
    let text = textAt(segment.text ?? '', `${field}.text`);
    if (diarized) {
      const speaker = segment.speaker ?? speakerOfWords(segment);
      current = speaker === undefined || speaker === null ? current : textAt(speaker, `${field}.speaker`);
    } else {
      const prefix = prefixOf(text);
      if (prefix) [current, text] = [prefix.label, prefix.rest];
    }
    if (!current) throw new ParseError(`expected a speaker on the first segment. ${NO_SPEAKERS}`, { field });
    return {
      label: current,
      text,
      start: readTime(segment.start, 's', { field: `${field}.start` }),
      end: readTime(segment.end, 's', { field: `${field}.end` }),
      where: { field },
    };
  });
  return {
    fragments,
    mergeSameSpeaker: true,
    languageTag: typeof data.language === 'string' ? data.language : undefined,
  };
}
