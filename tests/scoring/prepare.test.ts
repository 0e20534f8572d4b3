import { describe, expect, it } from 'vitest';
import { languagePack } from '../../server/scoring/lang/index.ts';
import { prepareTurn } from '../../server/scoring/tags/prepare.ts';

const en = languagePack('en');
const read = (text: string) => prepareTurn({ speaker: 'customer', text }, 0, en);

describe('prepared turns', () => {
  it("keep their own words and content words, whatever turn was read before (the lists they are read into are reused)", () => {
    const short = read('The parcel never came.');
    const alone = { words: [...short.words], content: [...short.content], keys: [...short.contentKeys] };
    // A medium turn then a short one; a long turn (longer than the lists keep between turns) then a short one.
    const medium = read('My parcel was due on Friday and the courier never came, so I waited in all day.');
    const afterMedium = read('The parcel never came.');
    const long = read(Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' '));
    const after = read('The parcel never came.');

    expect(long.words).toHaveLength(5000);
    expect(long.words[4999]).toBe('word4999');
    expect(afterMedium.words).toEqual(alone.words);
    expect(afterMedium.content).toEqual(alone.content);
    expect(after.words).toEqual(alone.words);
    expect(after.content).toEqual(alone.content);
    expect(after.contentKeys).toEqual(alone.keys);
    expect(short.words).toEqual(alone.words); // not overwritten by the turns read after it
    expect(medium.words).toEqual(['my', 'parcel', 'was', 'due', 'on', 'friday', 'and', 'the', 'courier', 'never', 'came', 'so', 'i', 'waited', 'in', 'all', 'day']);
    expect(medium.content).toContain('courier');
    expect(medium.content).not.toContain('the');
  });
});
