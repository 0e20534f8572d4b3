import { EXPECTED_FORMATS } from './detect.ts';
import { ParseError } from './types.ts';

/** Bytes → text: UTF-8 (BOM dropped) or UTF-16 with a BOM; binary data is refused. */
export function decodeInput(input: string | Buffer): string {
  if (typeof input === 'string') return input.replace(/^\ufeff/, '');
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  const head = input.subarray(0, 8192);
  const text = new TextDecoder('utf-8').decode(input).replace(/^\ufeff/, '');
  const replaced = (text.match(/\ufffd/g) ?? []).length;
  if (head.includes(0) || replaced > Math.max(2, text.length / 100)) {
    throw new ParseError(`not a text transcript (binary or non-UTF-8 data); expected ${EXPECTED_FORMATS}`);
  }
  return text;
}
