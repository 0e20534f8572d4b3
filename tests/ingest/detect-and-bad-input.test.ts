import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectJsonFormat, detectTextFormat, ParseError, parseTranscript } from '../../server/ingest/index.ts';
import { FIXTURES, parseErrorOf, parseFixture } from './fixtures.ts';

describe('format detection', () => {
  it.each([
    ['{"turns": []}', 'json'],
    ['[{"speaker": "agent"}]', 'json'],
    ['WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi', 'vtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nA: hi', 'srt'],
    ['speaker,text,start,end\nagent,hi,0,1', 'csv'],
    ['[00:00:05] Agent: hi', 'text'],
    ['Agent: hi\nCustomer: hello', 'text'],
  ])('detects %j as %s by content', (text, format) => {
    expect(detectTextFormat(text)).toBe(format);
  });

  it('uses the extension only as a hint when the content says nothing', () => {
    expect(detectTextFormat('just words', 'call.srt')).toBe('srt');
    expect(detectTextFormat('WEBVTT\n', 'call.txt')).toBe('vtt');
  });

  it.each([
    [{ turns: [] }, 'json'],
    [{ Transcript: [] }, 'aws'],
    [{ results: { items: [] } }, 'aws'],
    [{ results: { channels: [] } }, 'deepgram'],
    [{ utterances: [] }, 'assemblyai'],
    [{ segments: [] }, 'whisper'],
    [{ foo: 1 }, undefined],
  ])('detects JSON %j as %s', (data, format) => {
    expect(detectJsonFormat(data)).toBe(format);
  });

  it('reads UTF-16 files with a byte-order mark and UTF-8 with a BOM', () => {
    const text = 'Agent: سلام\nCustomer: سلام، ممنون\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(parseTranscript(utf16).transcript.turns[0].text).toBe('سلام');
    expect(parseTranscript(utf8).transcript.turns[0].text).toBe('سلام');
  });

  it('honours a forced format', () => {
    const { format } = parseTranscript('Agent: hi\nCustomer: hello\n', { format: 'text' });
    expect(format).toBe('text');
  });
});

describe('unreadable input', () => {
  const EXPECTED =
    'expected canonical JSON (turns[]), plain text with speaker labels, WebVTT, SRT, CSV with a header, or Amazon Transcribe, Deepgram, AssemblyAI or Whisper JSON';

  it('says an empty file is empty and lists the formats', () => {
    expect(parseErrorOf(() => parseFixture('bad/empty.txt')).message).toBe(`bad/empty.txt: empty file; ${EXPECTED}`);
    expect(parseErrorOf(() => parseTranscript('  \n\n')).message).toBe(`empty file; ${EXPECTED}`);
  });

  it('refuses binary data', () => {
    expect(parseErrorOf(() => parseFixture('bad/garbage.bin')).message).toBe(
      `bad/garbage.bin: not a text transcript (binary or non-UTF-8 data); ${EXPECTED}`,
    );
  });

  it('lists the JSON shapes it knows for JSON of an unknown shape', () => {
    const message = parseErrorOf(() => parseFixture('bad/unknown-shape.json')).message;
    expect(message).toMatch(/^bad\/unknown-shape\.json: JSON of an unknown shape \(got an object with keys call, messages\); expected a canonical transcript/);
    expect(message).toContain('Deepgram');
    expect(message).toContain('Whisper/WhisperX ("segments": […])');
  });

  it('gives the line of a JSON syntax error', () => {
    const error = parseErrorOf(() => parseTranscript('{\n  "turns": [\n    {"speaker": "agent",, }\n  ]\n}', { filename: 'x.json' }));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^x\.json, line 3: not valid JSON \(/);
  });

  it('rejects an unknown forced format', () => {
    expect(parseErrorOf(() => parseTranscript('Agent: hi', { format: 'docx' as never })).message).toBe(
      'unknown format "docx"; expected auto or one of json, text, vtt, srt, csv, aws, deepgram, assemblyai, whisper',
    );
  });

  it('refuses a speech-to-text file whose speakers all map to one side', () => {
    const data = { utterances: [{ speaker: 'A', start: 0, end: 500, text: 'Hello?' }, { speaker: 'A', start: 600, end: 900, text: 'Anyone?' }] };
    expect(parseErrorOf(() => parseTranscript(JSON.stringify(data))).message).toBe(
      'only one speaker found: "A" (all agent); a call needs turns from both the agent and the customer',
    );
  });
});

describe('damaged files', () => {
  it('only ever fail with a ParseError, whatever the damage (truncation, cuts, stray characters)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const strays = ['"', '{', ']', '-->', ':', '\n', 'null', '-1', ',', '<v ', '\u200c'];
    const crashes: string[] = [];
    for (const dir of readdirSync(FIXTURES)) {
      for (const name of readdirSync(join(FIXTURES, dir))) {
        const text = readFileSync(join(FIXTURES, dir, name), 'utf8');
        for (let i = 0; i < 40; i++) {
          const at = Math.floor(random() * text.length);
          const damaged = [
            text.slice(0, at),
            text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40)),
            text.slice(0, at) + strays[Math.floor(random() * strays.length)] + text.slice(at),
          ][i % 3];
          try {
            parseTranscript(damaged, { filename: name });
          } catch (error) {
            if (!(error instanceof ParseError)) crashes.push(`${dir}/${name}#${i}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(crashes).toEqual([]);
  });
});
