import { ParseError } from './types.ts';

export type JsonObject = Record<string, unknown>;

const describe = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60));

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array at `field` (or nothing); anything else is a precise error. */
export function arrayAt(value: unknown, field: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new ParseError(`expected an array, got ${describe(value)}`, { field });
  return value;
}

export function objectAt(value: unknown, field: string): JsonObject {
  if (!isObject(value)) throw new ParseError(`expected an object, got ${describe(value)}`, { field });
  return value;
}

/** A string (or a number, as some services write speakers and channels) at `field`. */
export function textAt(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new ParseError(`expected a string, got ${describe(value)}`, { field });
}

/** Joins word tokens, attaching punctuation tokens to the word before them. */
export function joinWords(words: { text: string; punctuation: boolean }[]): string {
  return words.reduce((text, word) => (word.punctuation || text === '' ? text + word.text : `${text} ${word.text}`), '');
}
