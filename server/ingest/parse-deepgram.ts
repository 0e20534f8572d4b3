import type { Fragment, RawTranscript } from './fragment.ts';
import { arrayAt, isObject, objectAt, textAt, type JsonObject } from './json-shape.ts';
import { readTime } from './time.ts';
import { ParseError } from './types.ts';

/** Speaker label: the channel ("ch_1") for multichannel audio, else the diarized speaker number. */
function labelOf(entry: JsonObject, channel: number | undefined, multichannel: boolean, field: string): string {
  if (multichannel) return `ch_${channel ?? textAt(entry.channel, `${field}.channel`)}`;
  if (entry.speaker === undefined) {
    throw new ParseError('expected a speaker (was the request made with diarize=true or multichannel=true?)', { field: `${field}.speaker` });
  }
  return textAt(entry.speaker, `${field}.speaker`);
}

function fromUtterances(utterances: unknown[], multichannel: boolean): Fragment[] {
  return utterances.map((value, i) => {
    const field = `results.utterances[${i}]`;
    const utterance = objectAt(value, field);
    return {
      label: labelOf(utterance, undefined, multichannel, field),
      text: textAt(utterance.transcript ?? '', `${field}.transcript`),
      start: readTime(utterance.start, 's', { field: `${field}.start` }),
      end: readTime(utterance.end, 's', { field: `${field}.end` }),
      where: { field },
    };
  });
}

/** Words of every channel, one fragment per word; finishing merges a speaker's consecutive words. */
function fromWords(channels: unknown[], multichannel: boolean): Fragment[] {
  return channels.flatMap((value, c) => {
    const channel = objectAt(value, `results.channels[${c}]`);
    const alternative = arrayAt(channel.alternatives, `results.channels[${c}].alternatives`)?.[0];
    const words = isObject(alternative) ? arrayAt(alternative.words, `results.channels[${c}].alternatives[0].words`) : undefined;
    return (words ?? []).map((w, i): Fragment => {
      const field = `results.channels[${c}].alternatives[0].words[${i}]`;
      const word = objectAt(w, field);
      return {
        label: labelOf(word, c, multichannel, field),
        text: textAt(word.punctuated_word ?? word.word, `${field}.word`),
        start: readTime(word.start, 's', { field: `${field}.start` }),
        end: readTime(word.end, 's', { field: `${field}.end` }),
        where: { field },
      };
    });
  });
}

/** Deepgram pre-recorded: utterances when present, else diarized words; float seconds. */
export function parseDeepgram(data: JsonObject): RawTranscript {
  const results = objectAt(data.results, 'results');
  const channels = arrayAt(results.channels, 'results.channels') ?? [];
  const metadata = isObject(data.metadata) ? data.metadata : {};
  const multichannel = channels.length > 1 || (typeof metadata.channels === 'number' && metadata.channels > 1);
  const utterances = arrayAt(results.utterances, 'results.utterances');
  const fragments = utterances && utterances.length > 0 ? fromUtterances(utterances, multichannel) : fromWords(channels, multichannel);
  const firstChannel = isObject(channels[0]) ? channels[0] : {};
  return {
    fragments,
    mergeSameSpeaker: true,
    languageTag: typeof firstChannel.detected_language === 'string' ? firstChannel.detected_language : undefined,
    id: typeof metadata.request_id === 'string' ? metadata.request_id : undefined,
  };
}
