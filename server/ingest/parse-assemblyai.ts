import type { Fragment, RawTranscript } from './fragment.ts';
import { arrayAt, objectAt, textAt, type JsonObject } from './json-shape.ts';
import { readTime } from './time.ts';
import { ParseError } from './types.ts';

function readEntry(value: unknown, field: string, textKey: 'text'): Fragment {
  const entry = objectAt(value, field);
  const speaker = entry.speaker ?? entry.channel;
  if (speaker === undefined || speaker === null) {
    throw new ParseError('expected a speaker (was the request made with speaker_labels or multichannel?)', { field: `${field}.speaker` });
  }
  return {
    label: textAt(speaker, `${field}.speaker`),
    text: textAt(entry[textKey] ?? '', `${field}.${textKey}`),
    start: readTime(entry.start, 'ms', { field: `${field}.start` }),
    end: readTime(entry.end, 'ms', { field: `${field}.end` }),
    where: { field },
  };
}

/** AssemblyAI: utterances (or, failing that, words) with speakers "A", "B"…; times in milliseconds. */
export function parseAssemblyAi(data: JsonObject): RawTranscript {
  const utterances = arrayAt(data.utterances, 'utterances');
  const source = utterances && utterances.length > 0 ? 'utterances' : 'words';
  const entries = (utterances && utterances.length > 0 ? utterances : arrayAt(data.words, 'words')) ?? [];
  return {
    fragments: entries.map((entry, i) => readEntry(entry, `${source}[${i}]`, 'text')),
    mergeSameSpeaker: true,
    languageTag: typeof data.language_code === 'string' ? data.language_code : undefined,
    id: typeof data.id === 'string' ? data.id : undefined,
  };
}
