import type { Fragment, RawTranscript } from './fragment.ts';
import { arrayAt, isObject, joinWords, objectAt, textAt, type JsonObject } from './json-shape.ts';
import { roleOfLabel } from './speaker-roles.ts';
import { readTime } from './time.ts';
import { ParseError } from './types.ts';

/** Amazon Transcribe Call Analytics / Contact Lens: roles given, times in integer milliseconds. */
function parseCallAnalytics(data: JsonObject): RawTranscript {
  const entries = arrayAt(data.Transcript, 'Transcript') ?? [];
  const participants = new Map<string, string>();
  for (const [i, p] of (arrayAt(data.Participants, 'Participants') ?? []).entries()) {
    const participant = objectAt(p, `Participants[${i}]`);
    if (participant.ParticipantId !== undefined && participant.ParticipantRole !== undefined) {
      participants.set(String(participant.ParticipantId), String(participant.ParticipantRole));
    }
  }
  const fragments = entries.map((value, i): Fragment => {
    const path = `Transcript[${i}]`;
    const entry = objectAt(value, path);
    const id = entry.ParticipantId === undefined ? undefined : String(entry.ParticipantId);
    const roleValue = entry.ParticipantRole ?? (id && participants.get(id)) ?? id;
    const label = textAt(roleValue, `${path}.ParticipantRole`);
    return {
      label,
      role: roleOfLabel(label),
      text: textAt(entry.Content ?? '', `${path}.Content`),
      start: readTime(entry.BeginOffsetMillis, 'ms', { field: `${path}.BeginOffsetMillis` }),
      end: readTime(entry.EndOffsetMillis, 'ms', { field: `${path}.EndOffsetMillis` }),
      where: { field: path },
    };
  });
  return { fragments, mergeSameSpeaker: true, languageTag: stringOrUndefined(data.LanguageCode) };
}

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

interface Word {
  label?: string;
  text: string;
  punctuation: boolean;
  start?: number;
  end?: number;
  field: string;
}

function readItem(value: unknown, field: string, label?: string): Word {
  const item = objectAt(value, field);
  const alternative = arrayAt(item.alternatives, `${field}.alternatives`)?.[0];
  const content = isObject(alternative) ? alternative.content : undefined;
  return {
    label: stringOrUndefined(item.speaker_label) ?? stringOrUndefined(item.channel_label) ?? label,
    text: textAt(content, `${field}.alternatives[0].content`),
    punctuation: item.type === 'punctuation',
    start: readTime(item.start_time, 's', { field: `${field}.start_time` }),
    end: readTime(item.end_time, 's', { field: `${field}.end_time` }),
    field,
  };
}

/** speaker_labels.segments[].items give the speaker of each word by its start time (older outputs). */
function speakerByStart(results: JsonObject): Map<string, string> {
  const byStart = new Map<string, string>();
  const labels = isObject(results.speaker_labels) ? results.speaker_labels : undefined;
  for (const segment of arrayAt(labels?.segments, 'results.speaker_labels.segments') ?? []) {
    if (!isObject(segment)) continue;
    for (const item of arrayAt(segment.items, 'results.speaker_labels.segments[].items') ?? []) {
      if (isObject(item) && typeof item.start_time === 'string' && typeof item.speaker_label === 'string') {
        byStart.set(item.start_time, item.speaker_label);
      }
    }
  }
  return byStart;
}

/** Words with speakers: from channel_labels (channel identification) or results.items. */
function readWords(results: JsonObject): Word[] {
  const channels = isObject(results.channel_labels) ? arrayAt(results.channel_labels.channels, 'results.channel_labels.channels') : undefined;
  if (channels) {
    return channels.flatMap((value, c) => {
      const channel = objectAt(value, `results.channel_labels.channels[${c}]`);
      const label = textAt(channel.channel_label, `results.channel_labels.channels[${c}].channel_label`);
      return (arrayAt(channel.items, `results.channel_labels.channels[${c}].items`) ?? []).map((item, i) =>
        readItem(item, `results.channel_labels.channels[${c}].items[${i}]`, label),
      );
    });
  }
  const byStart = speakerByStart(results);
  return (arrayAt(results.items, 'results.items') ?? []).map((item, i) => {
    const word = readItem(item, `results.items[${i}]`);
    const start = isObject(item) && typeof item.start_time === 'string' ? byStart.get(item.start_time) : undefined;
    return { ...word, label: word.label ?? start };
  });
}

/** Groups words into fragments at each speaker change; punctuation joins the word before it. */
function groupWords(words: Word[]): Fragment[] {
  const fragments: (Fragment & { words: Word[] })[] = [];
  let lastLabel: string | undefined;
  for (const word of words) {
    const label = word.punctuation ? lastLabel : word.label;
    if (!label) throw new ParseError('expected a speaker_label or channel_label on this word (was the job run with speaker or channel identification?)', { field: word.field });
    lastLabel = label;
    const current = fragments.at(-1);
    if (current && current.label === label) {
      current.words.push(word);
      current.end = word.end ?? current.end;
    } else {
      fragments.push({ label, text: '', start: word.start, end: word.end, where: { field: word.field }, words: [word] });
    }
  }
  return fragments.map(({ words: group, ...fragment }) => ({ ...fragment, text: joinWords(group) }));
}

function sortWordsByStart(words: Word[]): Word[] {
  // Channel items come per channel; interleave them by time, keeping punctuation after its word.
  let lastStart = 0;
  return words
    .map((word, order) => {
      lastStart = word.start ?? lastStart;
      return { word, order, at: lastStart };
    })
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ word }) => word);
}

/** audio_segments (newer outputs): one fragment per segment, already sentence-sized. */
function readAudioSegments(segments: unknown[]): Fragment[] {
  return segments.map((value, i) => {
    const field = `results.audio_segments[${i}]`;
    const segment = objectAt(value, field);
    const label = segment.speaker_label ?? segment.channel_label;
    if (label === undefined) {
      throw new ParseError('expected a speaker_label or channel_label (was the job run with speaker or channel identification?)', { field });
    }
    return {
      label: textAt(label, `${field}.speaker_label`),
      text: textAt(segment.transcript ?? '', `${field}.transcript`),
      start: readTime(segment.start_time, 's', { field: `${field}.start_time` }),
      end: readTime(segment.end_time, 's', { field: `${field}.end_time` }),
      where: { field },
    };
  });
}

/** Standard batch output: times are strings of seconds; speakers spk_N or channels ch_N. */
function parseStandard(data: JsonObject): RawTranscript {
  const results = objectAt(data.results, 'results');
  const segments = arrayAt(results.audio_segments, 'results.audio_segments');
  const labelledSegments = segments?.every((s) => isObject(s) && (s.speaker_label !== undefined || s.channel_label !== undefined));
  const fragments = segments && segments.length > 0 && labelledSegments
    ? readAudioSegments(segments)
    : groupWords(sortWordsByStart(readWords(results)));
  return {
    fragments,
    mergeSameSpeaker: true,
    languageTag: stringOrUndefined(results.language_code) ?? stringOrUndefined(data.language_code),
    id: stringOrUndefined(data.jobName),
  };
}

export const isCallAnalytics = (data: JsonObject) => Array.isArray(data.Transcript);

/** Amazon Transcribe: standard batch (speaker or channel labels, audio_segments) or Call Analytics / Contact Lens. */
export function parseAwsTranscribe(data: JsonObject): RawTranscript {
  return isCallAnalytics(data) ? parseCallAnalytics(data) : parseStandard(data);
}
