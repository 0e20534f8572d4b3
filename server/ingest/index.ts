import { decodeInput } from './decode.ts';
import { detectJsonFormat, detectTextFormat, EXPECTED_FORMATS, EXPECTED_JSON_SHAPES, JSON_FORMATS } from './detect.ts';
import { finishTranscript } from './finish.ts';
import type { RawTranscript } from './fragment.ts';
import { objectAt } from './json-shape.ts';
import { parseAssemblyAi } from './parse-assemblyai.ts';
import { parseAwsTranscribe } from './parse-aws-transcribe.ts';
import { parseCanonicalJson } from './parse-canonical-json.ts';
import { parseCsv } from './parse-csv.ts';
import { parseDeepgram } from './parse-deepgram.ts';
import { parsePlainText } from './parse-plain-text.ts';
import { parseSrt } from './parse-srt.ts';
import { parseWebVtt } from './parse-webvtt.ts';
import { parseWhisper } from './parse-whisper.ts';
import type { Format, ParseOptions, ParseResult } from './types.ts';
import { FORMATS, ParseError } from './types.ts';

const TEXT_PARSERS: Partial<Record<Format, (text: string) => RawTranscript>> = {
  text: parsePlainText,
  vtt: parseWebVtt,
  srt: parseSrt,
  csv: parseCsv,
};

const JSON_PARSERS: Partial<Record<Format, (data: unknown) => RawTranscript>> = {
  json: parseCanonicalJson,
  aws: (data) => parseAwsTranscribe(objectAt(data, '(top level)')),
  deepgram: (data) => parseDeepgram(objectAt(data, '(top level)')),
  assemblyai: (data) => parseAssemblyAi(objectAt(data, '(top level)')),
  whisper: (data) => parseWhisper(objectAt(data, '(top level)')),
};

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw new ParseError(`not valid JSON (${(error as Error).message})`, { line });
  }
}

function parseRaw(text: string, options: ParseOptions): { raw: RawTranscript; format: Format } {
  const requested = options.format && options.format !== 'auto' ? options.format : undefined;
  if (requested && !FORMATS.includes(requested)) {
    throw new ParseError(`unknown format "${requested}"; expected auto or one of ${FORMATS.join(', ')}`);
  }
  const textFormat = requested ?? detectTextFormat(text, options.filename);
  if (!JSON_FORMATS.includes(textFormat)) return { raw: TEXT_PARSERS[textFormat]!(text), format: textFormat };
  const data = parseJsonText(text);
  const format = requested ?? detectJsonFormat(data);
  if (!format) {
    const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).slice(0, 8).join(', ') : undefined;
    const got = keys === undefined ? (Array.isArray(data) ? 'an array' : JSON.stringify(data)) : `an object with keys ${keys || '(none)'}`;
    throw new ParseError(`JSON of an unknown shape (got ${got}); expected ${EXPECTED_JSON_SHAPES}`);
  }
  return { raw: JSON_PARSERS[format]!(data), format };
}

/**
 * Reads a transcript in any accepted format (SPEC §2) into the canonical form. Throws a ParseError
 * naming the file, and the line or field, and what was expected.
 */
export function parseTranscript(input: string | Buffer, options: ParseOptions = {}): ParseResult {
  try {
    const text = decodeInput(input);
    if (text.trim() === '') throw new ParseError(`empty file; expected ${EXPECTED_FORMATS}`);
    const { raw, format } = parseRaw(text, options);
    return finishTranscript(raw, format, options);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw new ParseError(error.reason, { file: options.filename, line: error.line, field: error.field });
  }
}

export { detectJsonFormat, detectTextFormat } from './detect.ts';
export * from './types.ts';
