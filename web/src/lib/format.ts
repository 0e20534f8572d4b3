/** Numbers and dates in the reader's language, with its own digits. */

export type Locale = 'en' | 'fa' | 'ar';
export const LOCALES: readonly Locale[] = ['en', 'fa', 'ar'];

/** Intl tags that pin the digits: Persian digits for fa, Arabic-Indic for ar. */
const INTL_TAGS: Record<Locale, string> = {
  en: 'en-GB',
  fa: 'fa-IR-u-nu-arabext',
  ar: 'ar-u-nu-arab',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isRtl(locale: Locale): boolean {
  return locale === 'fa' || locale === 'ar';
}

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
}

/** 0.73 → "73%" (in the locale's digits and percent sign). */
export function formatPercent(ratio: number | null | undefined, locale: Locale, digits = 0): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** 125 → "2:05" with the locale's digits; hours appear only when needed. */
export function formatDuration(seconds: number | null | undefined, locale: Locale): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const total = Math.max(0, Math.round(seconds));
  const two = new Intl.NumberFormat(intlTag(locale), { minimumIntegerDigits: 2 });
  const one = new Intl.NumberFormat(intlTag(locale));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  return hours > 0
    ? `${one.format(hours)}:${two.format(minutes)}:${two.format(secs)}`
    : `${one.format(minutes)}:${two.format(secs)}`;
}

/** A file's format as guessed from its name; the server still detects it. */
export function guessFormat(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, string> = {
    json: 'json',
    ndjson: 'json',
    txt: 'text',
    vtt: 'vtt',
    srt: 'srt',
    csv: 'csv',
  };
  return byExt[ext] ?? 'auto';
}

export function formatList(values: string[], locale: Locale): string {
  return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(values);
}

/** A turn as people count it: from 1 (the scorecard's `index`, SPEC §3, counts from 0). */
export function formatTurn(index: number, locale: Locale): string {
  return formatNumber(index + 1, locale);
}
