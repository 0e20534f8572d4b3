import { parseClock } from './time.ts';
import { ParseError } from './types.ts';

export interface Cue {
  start: number;
  end: number;
  /** Payload lines with their 1-based line numbers in the file. */
  lines: { text: string; line: number }[];
  /** Line number of the timing line. */
  line: number;
}

const ARROW = /^\s*(\S+)\s+-->\s+(\S+)/;

function readCueTime(token: string, kind: 'vtt' | 'srt', line: number, side: 'start' | 'end'): number {
  const separatorOk = kind === 'vtt' ? !token.includes(',') : true;
  const seconds = separatorOk ? parseClock(token) : undefined;
  if (seconds === undefined) {
    const example = kind === 'vtt' ? '00:01:02.500' : '00:01:02,500';
    throw new ParseError(`expected a ${side} time such as ${example}, got "${token}"`, { line });
  }
  return seconds;
}

/**
 * Splits a WebVTT or SRT file into timed cues. Blocks are separated by blank lines; VTT NOTE, STYLE
 * and REGION blocks and the header are skipped; an optional cue id or SRT index may precede the timing.
 */
export function readCues(text: string, kind: 'vtt' | 'srt'): Cue[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  let block: { text: string; line: number }[] = [];
  const flush = () => {
    if (block.length > 0) {
      const cue = readBlock(block, kind, cues.length === 0);
      if (cue) cues.push(cue);
    }
    block = [];
  };
  lines.forEach((line, i) => (line.trim() === '' ? flush() : block.push({ text: line, line: i + 1 })));
  flush();
  return cues;
}

function readBlock(block: { text: string; line: number }[], kind: 'vtt' | 'srt', first: boolean): Cue | undefined {
  const head = block[0].text.trim();
  if (kind === 'vtt' && (/^(NOTE|STYLE|REGION)\b/.test(head) || (first && head.startsWith('WEBVTT')))) {
    if (!block.some((l) => l.text.includes('-->'))) return undefined;
  }
  const timingIndex = block.findIndex((l) => l.text.includes('-->'));
  if (timingIndex < 0 || timingIndex > (kind === 'vtt' && head.startsWith('WEBVTT') ? 3 : 1)) {
    const example = kind === 'vtt' ? '00:00:01.000 --> 00:00:04.000' : '00:00:01,000 --> 00:00:04,000';
    throw new ParseError(`expected a cue timing line such as "${example}", got "${head.slice(0, 60)}"`, {
      line: block[0].line,
    });
  }
  const timing = block[timingIndex];
  const match = ARROW.exec(timing.text);
  if (!match) throw new ParseError(`expected "start --> end", got "${timing.text.trim()}"`, { line: timing.line });
  const start = readCueTime(match[1], kind, timing.line, 'start');
  const end = readCueTime(match[2], kind, timing.line, 'end');
  if (end < start) throw new ParseError(`cue ends (${match[2]}) before it starts (${match[1]})`, { line: timing.line });
  return { start, end, lines: block.slice(timingIndex + 1), line: timing.line };
}
