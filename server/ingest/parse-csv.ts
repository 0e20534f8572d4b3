import { parse } from 'csv-parse/sync';
import type { Fragment, RawTranscript } from './fragment.ts';
import { roleOfLabel } from './speaker-roles.ts';
import { parseClock, readTime } from './time.ts';
import { ParseError } from './types.ts';

/** Header names (lower-case, letters and digits only) accepted for each column. */
const COLUMNS = {
  role: ['speakerrole', 'role', 'speaker', 'interlocutor', 'participant', 'participantrole', 'party', 'speakertype'],
  label: ['speakerlabel', 'label', 'speakerid', 'speakername'],
  text: ['text', 'utterance', 'utterancetext', 'transcript', 'content', 'message', 'sentence'],
  startSec: ['start', 'starttime', 'begin', 'begintime', 'startsec', 'startseconds', 'starts', 'timestamp'],
  startMs: ['startms', 'beginms', 'startmillis', 'startoffsetms', 'beginoffsetmillis'],
  endSec: ['end', 'endtime', 'stop', 'endsec', 'endseconds', 'ends'],
  endMs: ['endms', 'endmillis', 'endoffsetms', 'endoffsetmillis'],
  callId: ['callid', 'transcriptid', 'conversationid'],
  language: ['language', 'lang', 'languagecode'],
} as const;
type Column = keyof typeof COLUMNS;

const headerKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The CSV header names the columns we need, or `undefined` (used by detection too). */
export function mapCsvHeader(header: string[]): Partial<Record<Column, number>> | undefined {
  const keys = header.map(headerKey);
  const found: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const index = names.map((n) => keys.indexOf(n)).find((i) => i >= 0);
    if (index !== undefined) found[column] = index;
  }
  const hasSpeaker = found.role !== undefined || found.label !== undefined;
  return hasSpeaker && found.text !== undefined ? found : undefined;
}

export function guessDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readCell(row: string[], columns: Partial<Record<Column, number>>, column: Column): string | undefined {
  const index = columns[column];
  const value = index === undefined ? undefined : row[index]?.trim();
  return value === '' ? undefined : value;
}

function readSeconds(value: string | undefined, line: number, name: string): number | undefined {
  const clock = value !== undefined && value.includes(':') ? parseClock(value) : undefined;
  return clock ?? readTime(value, 's', { line, field: `column "${name}"` });
}

interface Row {
  cells: string[];
  line: number;
}

function readRows(text: string): Row[] {
  const firstLine = text.split(/\r?\n/, 1)[0];
  try {
    const records = parse(text, {
      bom: true,
      delimiter: guessDelimiter(firstLine),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    const where = error as { lines?: number; message: string };
    throw new ParseError(`not valid CSV (${where.message.replace(/^Invalid \w+: /, '')})`, { line: where.lines });
  }
}

/** CSV with a header: speaker/role (or speaker_role + speaker_label), text, start/end in s or ms. */
export function parseCsv(text: string): RawTranscript {
  const [header, ...rows] = readRows(text);
  if (!header) throw new ParseError('expected a header row (speaker, text, start, end)', { line: 1 });
  const columns = mapCsvHeader(header.cells);
  if (!columns) {
    throw new ParseError(
      `expected a header with a speaker (or role, speaker_role, speaker_label) column and a text column, got "${header.cells.join(',')}"`,
      { line: header.line },
    );
  }
  const names = (column: Column) => header.cells[columns[column]!].trim();
  const callIds = new Set(rows.map((row) => readCell(row.cells, columns, 'callId')).filter(Boolean));
  if (callIds.size > 1) {
    throw new ParseError(`this CSV holds ${callIds.size} calls (${names('callId')}: ${[...callIds].slice(0, 5).join(', ')}); one call per file is expected`);
  }

  const fragments = rows.map((row): Fragment => {
    const cell = (column: Column) => readCell(row.cells, columns, column);
    const roleText = cell('role');
    const role = roleText ? roleOfLabel(roleText) : undefined;
    const label = role ? roleText! : (cell('label') ?? roleText);
    if (!label) {
      const column = columns.role !== undefined ? names('role') : names('label');
      throw new ParseError('expected a speaker (agent, customer or a speaker label), got an empty cell', {
        line: row.line,
        field: `column "${column}"`,
      });
    }
    const start = columns.startMs !== undefined
      ? readTime(cell('startMs'), 'ms', { line: row.line, field: `column "${names('startMs')}"` })
      : readSeconds(cell('startSec'), row.line, columns.startSec !== undefined ? names('startSec') : 'start');
    const end = columns.endMs !== undefined
      ? readTime(cell('endMs'), 'ms', { line: row.line, field: `column "${names('endMs')}"` })
      : readSeconds(cell('endSec'), row.line, columns.endSec !== undefined ? names('endSec') : 'end');
    return { label, role, text: cell('text') ?? '', start, end, where: { line: row.line } };
  });
  const first = rows[0];
  return {
    fragments,
    mergeSameSpeaker: false,
    id: first && readCell(first.cells, columns, 'callId'),
    languageTag: first && readCell(first.cells, columns, 'language'),
  };
}
