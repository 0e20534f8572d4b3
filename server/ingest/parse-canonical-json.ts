import type { Speaker } from '../scoring/types.ts';
import type { Fragment, RawTranscript } from './fragment.ts';
import { mapLanguageTag } from './language.ts';
import { roleOfLabel } from './speaker-roles.ts';
import { readTime } from './time.ts';
import { ParseError } from './types.ts';

const describe = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readSpeaker(value: unknown, field: string): Speaker {
  const role = typeof value === 'string' ? roleOfLabel(value) : undefined;
  if (!role) throw new ParseError(`expected "agent" or "customer", got ${describe(value)}`, { field });
  return role;
}

function readTurn(value: unknown, index: number): Fragment {
  const path = `turns[${index}]`;
  if (!isObject(value)) throw new ParseError(`expected an object with speaker and text, got ${describe(value)}`, { field: path });
  const role = readSpeaker(value.speaker, `${path}.speaker`);
  if (typeof value.text !== 'string') {
    throw new ParseError(`expected a string, got ${describe(value.text)}`, { field: `${path}.text` });
  }
  const start = readTime(value.start, 's', { field: `${path}.start` });
  const end = readTime(value.end, 's', { field: `${path}.end` });
  if (start !== undefined && end !== undefined && end < start) {
    throw new ParseError(`expected end ≥ start (${start} s), got ${end}`, { field: `${path}.end` });
  }
  return { label: role, role, text: value.text, start, end, where: { field: path } };
}

function readOptionalString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new ParseError(`expected a string, got ${describe(value)}`, { field: key });
  return value;
}

function readAgent(value: unknown): RawTranscript['agent'] {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return { id: value };
  if (!isObject(value) || (typeof value.id !== 'string' && typeof value.id !== 'number')) {
    throw new ParseError(`expected { "id": "…", "name": "…" }, got ${describe(value)}`, { field: 'agent.id' });
  }
  if (value.name !== undefined && typeof value.name !== 'string') {
    throw new ParseError(`expected a string, got ${describe(value.name)}`, { field: 'agent.name' });
  }
  return { id: String(value.id), ...(typeof value.name === 'string' && { name: value.name }) };
}

/** The canonical transcript (SPEC §2), validated field by field; unknown fields (e.g. gold) are ignored. */
export function parseCanonicalJson(data: unknown): RawTranscript {
  if (!isObject(data)) throw new ParseError(`expected a JSON object with a "turns" array, got ${describe(data)}`);
  if (!Array.isArray(data.turns)) throw new ParseError(`expected a non-empty array of turns, got ${describe(data.turns)}`, { field: 'turns' });
  if (data.turns.length === 0) throw new ParseError('expected a non-empty array of turns, got []', { field: 'turns' });
  const languageTag = readOptionalString(data, 'language');
  if (languageTag && !mapLanguageTag(languageTag)) {
    throw new ParseError(`expected "en", "fa" or "ar", got ${describe(languageTag)}`, { field: 'language' });
  }
  return {
    fragments: data.turns.map(readTurn),
    mergeSameSpeaker: false,
    languageTag,
    id: readOptionalString(data, 'id'),
    agent: readAgent(data.agent),
    startedAt: readOptionalString(data, 'startedAt'),
  };
}
