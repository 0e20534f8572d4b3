import { ParseError } from './types.ts';
import type { Where } from './fragment.ts';

const roundMs = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * Reads a time value as the format stores it (a number, or a string of digits as Amazon writes)
 * and returns seconds. Missing (undefined/null/'') → undefined. Anything else is a precise error.
 */
export function readTime(value: unknown, unit: 's' | 'ms', where: Where): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const unitName = unit === 's' ? 'seconds' : 'milliseconds';
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  if (!Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) {
    throw new ParseError(`expected a number of ${unitName}, got ${JSON.stringify(value)}`, where);
  }
  if (number < 0) throw new ParseError(`expected a number of ${unitName} ≥ 0, got ${number}`, where);
  return roundMs(unit === 'ms' ? number / 1000 : number);
}

const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII, as fa/ar transcripts often write times. */
export const asciiDigits = (text: string) =>
  text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** "01:02:03.450", "02:03,450", "1:02:03", "۰۱:۲۳" → seconds; undefined when it is not a clock time. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(asciiDigits(text.trim()));
  if (!match) return undefined;
  const [, hours = '0', minutes, seconds, fraction = '0'] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(`0.${fraction}`);
  return roundMs(total);
}
