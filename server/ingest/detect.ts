import { guessDelimiter, mapCsvHeader } from './parse-csv.ts';
import { isObject } from './json-shape.ts';
import type { Format } from './types.ts';

export const JSON_FORMATS: readonly Format[] = ['json', 'aws', 'deepgram', 'assemblyai', 'whisper'];

export const EXPECTED_FORMATS =
  'canonical JSON (turns[]), plain text with speaker labels, WebVTT, SRT, CSV with a header, ' +
  'or Amazon Transcribe, Deepgram, AssemblyAI or Whisper JSON';

export const EXPECTED_JSON_SHAPES =
  'a canonical transcript ("turns": […]), Amazon Transcribe ("results": {"items" | "audio_segments"} or "Transcript": […]), ' +
  'Deepgram ("results": {"channels" | "utterances"}), AssemblyAI ("utterances": […]) or Whisper/WhisperX ("segments": […])';

const SRT_START = /^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/;
const EXTENSIONS: Record<string, Format> = { json: 'json', txt: 'text', vtt: 'vtt', srt: 'srt', csv: 'csv', tsv: 'csv' };

function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = guessDelimiter(firstLine);
  const cells = firstLine.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  return cells.length >= 2 && mapCsvHeader(cells) !== undefined;
}

/** The format of a text file: by content first (JSON, WEBVTT header, SRT cue, CSV header), the file extension as a hint. */
export function detectTextFormat(text: string, filename?: string): Format {
  const trimmed = text.trimStart();
  // "[" alone could open a plain-text timestamp ("[00:00:05] Agent: …"); a JSON array opens with [{ [" [[ or [].
  if (trimmed.startsWith('{') || /^\[\s*[[{"\]]/.test(trimmed)) return 'json';
  if (trimmed.startsWith('WEBVTT')) return 'vtt';
  if (SRT_START.test(trimmed)) return 'srt';
  if (looksLikeCsv(trimmed)) return 'csv';
  const extension = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return (extension && EXTENSIONS[extension]) || 'text';
}

/** Which service wrote a JSON transcript, from its keys; undefined for an unknown shape. */
export function detectJsonFormat(data: unknown): Format | undefined {
  if (!isObject(data)) return undefined;
  if ('turns' in data) return 'json';
  if (Array.isArray(data.Transcript)) return 'aws';
  const results = isObject(data.results) ? data.results : undefined;
  if (results && (Array.isArray(results.channels) || (Array.isArray(results.utterances) && isObject(data.metadata)))) return 'deepgram';
  if (results && ['items', 'audio_segments', 'transcripts', 'speaker_labels', 'channel_labels'].some((k) => k in results)) return 'aws';
  if (Array.isArray(data.utterances) || (Array.isArray(data.words) && ('audio_duration' in data || 'status' in data))) return 'assemblyai';
  if (Array.isArray(data.segments)) return 'whisper';
  return undefined;
}
