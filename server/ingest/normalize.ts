/**
 * One spelling for Persian/Arabic text before comparing it: ZWNJ/ZWJ and tatweel become spaces or
 * vanish, Persian ی/ک and Arabic ي/ك/ى are unified, hamza-carrying alefs become bare alef, and
 * diacritics are dropped. Used for speaker labels and cue phrases, never for the stored text.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200c\u200d]/g, ' ')
    .replace(/\u0640/g, '')
    .replace(/[\u064b-\u0652\u0670]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key for a speaker label: as normalizeForMatch, and spaces ignored ("تماس گیرنده" = "تماس‌گیرنده"). */
export function labelKey(label: string): string {
  return normalizeForMatch(label).replace(/[\s_.-]+/g, '');
}
