import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture, speakersAndTexts } from './fixtures.ts';

describe('Deepgram transcripts', () => {
  it('uses utterances (float seconds) when present', () => {
    const { transcript, format } = parseFixture('deepgram/utterances-en.json');
    expect(format).toBe('deepgram');
    expect(transcript.id).toBe('7c1f9a8e-2d4b-4f6a-b3c5-1e2d3f4a5b6c');
    expect(transcript.turns).toEqual(canonical('en').turns);
  });

  it('groups diarized words by speaker changes when there are no utterances', () => {
    const { transcript, warnings } = parseFixture('deepgram/words-fa.json');
    expect(transcript.language).toBe('fa');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('fa').turns));
    expect(transcript.turns[0].start).toBe(0.3);
    expect(warnings.join()).toContain('agent is "1"');
  });

  it('labels multichannel speech by channel', () => {
    const { transcript, warnings } = parseFixture('deepgram/multichannel-ar.json');
    expect(transcript.turns).toEqual(canonical('ar').turns);
    expect(warnings.join()).toContain('agent is "ch_1"');
  });

  it('names the word without a speaker when diarization was off', () => {
    const data = { metadata: { channels: 1 }, results: { channels: [{ alternatives: [{ words: [{ word: 'hi', start: 0, end: 0.2 }] }] }] } };
    expect(parseErrorOf(() => parseTranscript(JSON.stringify(data), { filename: 'dg.json' })).message).toBe(
      'dg.json, results.channels[0].alternatives[0].words[0].speaker: expected a speaker (was the request made with diarize=true or multichannel=true?)',
    );
  });
});

describe('AssemblyAI transcripts', () => {
  it('reads utterances with millisecond times and maps en_uk to en', () => {
    const { transcript, format } = parseFixture('assemblyai/en.json');
    expect(format).toBe('assemblyai');
    expect(transcript.language).toBe('en');
    expect(transcript.turns).toEqual(canonical('en').turns);
  });

  it('picks the agent when the customer speaks first (speaker B)', () => {
    const { transcript, warnings } = parseFixture('assemblyai/fa.json');
    expect(transcript.turns).toEqual(canonical('fa').turns);
    expect(warnings.join()).toContain('agent is "B"');
  });

  it('names a time that is not milliseconds', () => {
    const data = { status: 'completed', utterances: [{ speaker: 'A', start: 'soon', end: 900, text: 'Hi' }] };
    expect(parseErrorOf(() => parseTranscript(JSON.stringify(data))).message).toBe(
      'utterances[0].start: expected a number of milliseconds, got "soon"',
    );
  });
});
