/**
 * Redacts personal data from text before it leaves the machine (e.g. to an LLM judge):
 * card numbers, phone numbers, emails and national-ID-like numbers, written with ASCII,
 * Persian (۰-۹) or Arabic-Indic (٠-٩) digits, amid English, Persian or Arabic words.
 * Pure: no I/O.
 */

export type RedactionKind = 'card' | 'phone' | 'email' | 'id';

/** Which kinds to redact; every kind defaults to on. */
export type RedactionOptions = Partial<Record<RedactionKind, boolean>>;

export const REDACTION_KINDS: readonly RedactionKind[] = ['card', 'phone', 'email', 'id'];

const PLACEHOLDER: Record<RedactionKind, string> = {
  card: '[CARD]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  id: '[ID]',
};

const DIGIT = '[0-9\u06F0-\u06F9\u0660-\u0669]';
// A run of digits joined by the separators people write inside numbers (space, dash, dot, brackets).
const DIGIT_RUN = new RegExp(
  `(?<!${DIGIT})(?:\\+|\\(\\s*)?${DIGIT}(?:[\\s\\-\u2010-\u2015.()]{0,3}${DIGIT})*(?!${DIGIT})`,
  'gu',
);
// Emails are ASCII in practice; stopping at non-ASCII letters keeps adjoining Persian/Arabic words intact.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z])/g;
// Words announcing an ID number, in the three languages, shortly before the number.
const ID_CUE = /(national\s*(?:id|code|number)|id\s*(?:number|no\.?)|ssn|social\s+security|passport|iqama|emirates\s+id|کد\s*ملی|شماره\s*ملی|کارت\s*ملی|شناسنامه|رقم\s*(?:ال)?هوية|الهوية\s*الوطنية|رقم\s*(?:ال)?إقامة|الإقامة|الرقم\s*القومي|جواز)[^\d\u06F0-\u06F9\u0660-\u0669]{0,20}$/iu;

// Words announcing a card number: a mistyped number still deserves redaction, Luhn or not.
const CARD_CUE = /(card|کارت|بطاقة|البطاقة)[^\d\u06F0-\u06F9\u0660-\u0669]{0,20}$/iu;

const CARD_SHAPED = /^\d{4}(?:[\s-]\d{4}){2,3}(?:[\s-]\d{1,3})?$/;

export function redact(text: string, options: boolean | RedactionOptions = true): string {
  const kinds = enabledKinds(options);
  if (kinds.size === 0) return text;
  let out = kinds.has('email') ? text.replace(EMAIL, PLACEHOLDER.email) : text;
  out = out.replace(DIGIT_RUN, (run, offset: number) => redactRun(run, out.slice(Math.max(0, offset - 40), offset), kinds));
  return out;
}

export function enabledKinds(options: boolean | RedactionOptions): Set<RedactionKind> {
  if (options === false) return new Set();
  if (options === true) return new Set(REDACTION_KINDS);
  return new Set(REDACTION_KINDS.filter((kind) => options[kind] !== false));
}

/** Classifies a digit run; when the whole run is no known kind, tries its space-separated prefixes. */
function redactRun(run: string, before: string, kinds: Set<RedactionKind>): string {
  const whole = classify(run, before);
  if (whole) return kinds.has(whole) ? PLACEHOLDER[whole] : run;
  const groups = run.split(/(\s+)/);
  if (groups.length < 3 || CARD_SHAPED.test(toAsciiDigits(run))) return run; // a card-shaped run is one number, not several
  for (let end = groups.length - 2; end >= 1; end -= 2) {
    const head = groups.slice(0, end).join('');
    const kind = classify(head, before);
    if (kind) {
      const rest = groups.slice(end + 1).join('');
      return `${kinds.has(kind) ? PLACEHOLDER[kind] : head}${groups[end]}${redactRun(rest, '', kinds)}`;
    }
  }
  return `${groups[0]}${groups[1]}${redactRun(groups.slice(2).join(''), '', kinds)}`;
}

export function classify(run: string, before = ''): RedactionKind | null {
  const digits = toAsciiDigits(run).replace(/\D/g, '');
  const shape = toAsciiDigits(run).trim();
  const international = /^\+/.test(shape) || digits.startsWith('00');
  if (/^\d{3}-\d{2}-\d{4}$/.test(shape)) return 'id'; // US SSN
  if (/^784\d{12}$/.test(digits)) return 'id'; // Emirates ID: 784-YYYY-NNNNNNN-N
  if (ID_CUE.test(before) && digits.length >= 8 && digits.length <= 15) return 'id';
  const cardLength = !international && digits.length >= 13 && digits.length <= 19;
  if (cardLength && (luhn(digits) || CARD_CUE.test(before))) return 'card';
  if (isPhone(digits, shape, international)) return 'phone';
  if (digits.length === 10 && (iranianNationalCode(digits) || saudiNationalId(digits))) return 'id';
  return null;
}

function isPhone(digits: string, shape: string, international: boolean): boolean {
  if (international) return digits.replace(/^00/, '').length >= 8 && digits.length <= 15;
  if (/^09\d{9}$/.test(digits)) return true; // Iranian mobile 09xx xxx xxxx
  if (/^05\d{8}$/.test(digits)) return true; // Saudi / Emirati mobile 05x xxx xxxx
  if (/^01[0125]\d{8}$/.test(digits)) return true; // Egyptian mobile
  if (/^0[1-9]\d{8,9}$/.test(digits)) return true; // landlines with area code: 021 xxxxxxxx, 02 xxx xxxx
  // Local forms written with separators: US (555) 123-4567, Gulf 8-digit 5xxx xxxx / 9xxx xxxx.
  if (/^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/.test(shape)) return true;
  return /^[2-9]\d{3}[\s-]\d{4}$/.test(shape);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** کد ملی: 10 digits, the last a check digit over the first nine (weights 10..2, mod 11). */
function iranianNationalCode(digits: string): boolean {
  if (/^(\d)\1{9}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const rest = sum % 11;
  const check = Number(digits[9]);
  return rest < 2 ? check === rest : check === 11 - rest;
}

/** Saudi national ID / iqama: 10 digits starting 1 or 2, Luhn-checked. */
function saudiNationalId(digits: string): boolean {
  return /^[12]/.test(digits) && luhn(digits);
}

export function toAsciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
