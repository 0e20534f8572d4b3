import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDuration,
  formatList,
  formatNumber,
  formatPercent,
  guessFormat,
  isLocale,
  isRtl,
} from '../../web/src/lib/format.ts';

describe('numbers and dates in the reader’s language', () => {
  it('writes Persian digits for fa and Arabic-Indic digits for ar', () => {
    expect(formatNumber(72, 'en')).toBe('72');
    expect(formatNumber(72, 'fa')).toBe('۷۲');
    expect(formatNumber(72, 'ar')).toBe('٧٢');
  });

  it('shows a dash for a missing value instead of 0 or NaN', () => {
    expect(formatNumber(null, 'fa')).toBe('—');
    expect(formatPercent(undefined, 'ar')).toBe('—');
    expect(formatDate('not a date', 'en')).toBe('—');
    expect(formatDuration(null, 'en')).toBe('—');
  });

  it('formats ratios as percentages with the locale’s digits', () => {
    expect(formatPercent(0.73, 'en')).toBe('73%');
    expect(formatPercent(0.73, 'fa')).toContain('۷۳');
    expect(formatPercent(0.73, 'ar')).toContain('٧٣');
  });

  it('formats durations as m:ss, adding hours only when needed', () => {
    expect(formatDuration(125, 'en')).toBe('2:05');
    expect(formatDuration(3725, 'en')).toBe('1:02:05');
    expect(formatDuration(65, 'fa')).toBe('۱:۰۵');
  });

  it('writes dates in each language', () => {
    const iso = '2026-11-02T09:14:00Z';
    expect(formatDate(iso, 'en')).toMatch(/2026/);
    expect(formatDate(iso, 'fa')).toMatch(/[۰-۹]/);
    expect(formatDate(iso, 'ar')).toMatch(/[٠-٩]/);
  });

  it('joins lists with the language’s own conjunction', () => {
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
    expect(formatList(['a', 'b'], 'fa')).toContain('و');
  });

  it('knows which languages read right to left', () => {
    expect(isRtl('fa')).toBe(true);
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('en')).toBe(false);
    expect(isLocale('fa')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });

  it('guesses a file’s format from its extension and leaves the rest to the server', () => {
    expect(guessFormat('call.VTT')).toBe('vtt');
    expect(guessFormat('a.b.srt')).toBe('srt');
    expect(guessFormat('deepgram-output')).toBe('auto');
  });
});
