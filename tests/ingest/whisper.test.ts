import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture } from './fixtures.ts';

describe('Whisper-family transcripts', () => {
  it('reads verbose_json whose segment text carries speaker prefixes', () => {
    const { transcript, format } = parseFixture('whisper/verbose-prefixed-en.json');
    expect(format).toBe('whisper');
    expect(transcript.language).toBe('en');
    expect(transcript.turns).toEqual(canonical('en').turns);
  });

  it('reads OpenAI diarized segments (speaker "A"/"B")', () => {
    const { transcript, warnings } = parseFixture('whisper/diarized-ar.json');
    expect(transcript.turns).toEqual(canonical('ar').turns);
    expect(warnings.join()).toContain('agent is "A"');
  });

  it('reads WhisperX SPEAKER_00 segments and the language', () => {
    const { transcript } = parseFixture('whisper/whisperx-fa.json');
    expect(transcript.language).toBe('fa');
    expect(transcript.turns).toEqual(canonical('fa').turns);
  });

  it('takes a WhisperX segment without a speaker from its words', () => {
    const data = {
      language: 'en',
      segments: [
        { start: 0, end: 1, text: 'Hello, how can I help?', speaker: 'SPEAKER_00' },
        { start: 1.2, end: 2, text: 'My bill.', words: [{ word: 'My', speaker: 'SPEAKER_01' }, { word: 'bill.', speaker: 'SPEAKER_01' }] },
      ],
    };
    const { transcript } = parseTranscript(JSON.stringify(data), { agentSpeaker: 'SPEAKER_00' });
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['agent', 'customer']);
  });

  it('asks for a diarized file when verbose_json has no speakers', () => {
    expect(parseErrorOf(() => parseFixture('bad/whisper-no-speakers.json')).message).toBe(
      'bad/whisper-no-speakers.json, segments: expected speakers, but this Whisper transcript has none (OpenAI verbose_json carries no speaker field): give a diarized file (OpenAI diarized_json, WhisperX with --diarize) or segments whose text starts with "Agent: " / "[SPEAKER_00]: "',
    );
  });
});
