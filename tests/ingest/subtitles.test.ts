import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture, speakersAndTexts, startsAndEnds } from './fixtures.ts';

describe('WebVTT transcripts', () => {
  it('reads <v> voice tags, skips header and NOTE blocks, and merges consecutive cues of one speaker', () => {
    const { transcript, format } = parseFixture('vtt/en-voice-tags.vtt');
    expect(format).toBe('vtt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('en').turns));
    expect(startsAndEnds(transcript.turns)).toEqual(startsAndEnds(canonical('en').turns));
  });

  it('reads Teams captions (GUID cue ids, closing </v>) and picks the agent among names', () => {
    const { transcript, warnings } = parseFixture('vtt/teams-fa.vtt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('fa').turns));
    expect(transcript.turns[1]).toMatchObject({ start: 4.6, end: 11.2 });
    expect(warnings.join()).toContain('agent is "Sara Ahmadi"');
  });

  it('reads Zoom "Name: text" cues', () => {
    const { transcript } = parseFixture('vtt/zoom-en.vtt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('en').turns));
  });

  it('reads WhisperX [SPEAKER_00]: cues in Arabic', () => {
    const { transcript, warnings } = parseFixture('vtt/whisperx-ar.vtt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('ar').turns));
    expect(warnings.join()).toContain('agent is "SPEAKER_00"');
  });

  it('splits a cue holding two voices and decodes entities', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:03.000\n<v Agent>Is it A &amp; B?</v> <v Customer>Yes.\n';
    const { transcript } = parseTranscript(vtt);
    expect(transcript.turns).toEqual([
      { speaker: 'agent', text: 'Is it A & B?', start: 1, end: 3 },
      { speaker: 'customer', text: 'Yes.', start: 1, end: 3 },
    ]);
  });

  it('names the line of a bad cue time', () => {
    expect(parseErrorOf(() => parseFixture('bad/bad-cue.vtt')).message).toBe(
      'bad/bad-cue.vtt, line 6: expected a end time such as 00:01:02.500, got "00:0x.200"',
    );
  });

  it('names the line of cue text with no speaker', () => {
    const error = parseErrorOf(() => parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\nhello there\n', { filename: 'a.vtt' }));
    expect(error.message).toBe('a.vtt, line 4: no speaker for this cue text: expected <v Name>, "Name: " or "[SPEAKER_00]: "');
  });

  it('refuses a .vtt file without the WEBVTT header when the format is forced', () => {
    const error = parseErrorOf(() => parseTranscript('00:01.000 --> 00:02.000\n<v A>hi\n', { filename: 'a.vtt', format: 'vtt' }));
    expect(error.message).toBe('a.vtt, line 1: expected the file to start with "WEBVTT"');
  });
});

describe('SRT transcripts', () => {
  it('reads comma milliseconds, "Name: " prefixes and multi-line cues', () => {
    const { transcript, format } = parseFixture('srt/en-names.srt');
    expect(format).toBe('srt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('en').turns));
    expect(startsAndEnds(transcript.turns)).toEqual(startsAndEnds(canonical('en').turns));
  });

  it('reads [SPEAKER_00]: prefixes in Persian', () => {
    const { transcript } = parseFixture('srt/whisperx-fa.srt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('fa').turns));
  });

  it('alternates speakers on dialogue dashes', () => {
    const { transcript } = parseFixture('srt/dialogue-dashes.srt');
    expect(transcript.turns.map((t) => [t.speaker, t.text.slice(0, 20)])).toEqual([
      ['agent', 'Thank you for callin'],
      ['customer', "Hi, yes. I've been c"],
      ['agent', "I'm sorry, that's re"],
      ['customer', 'Exactly, on the thir'],
      ['agent', 'Can you tell me what'],
      ['customer', 'Eighty-four pounds b'],
      ['agent', "I've just refunded t"],
    ]);
  });

  it('names the line of a cue that ends before it starts', () => {
    expect(parseErrorOf(() => parseFixture('bad/end-before-start.srt')).message).toBe(
      'bad/end-before-start.srt, line 6: cue ends (00:00:04,000) before it starts (00:00:05,000)',
    );
  });
});

describe('speaker prefixes in subtitle cues', () => {
  it('accepts lower-case names that start several cues, but not a lone "Note:"', () => {
    const vtt = [
      'WEBVTT', '',
      '00:01.000 --> 00:02.000', 'tom: thank you for calling, how can I help?', '',
      '00:02.500 --> 00:04.000', 'maria: my bill doubled.', '',
      '00:04.500 --> 00:06.000', 'tom: let me check that.', '',
      '00:06.500 --> 00:08.000', 'maria: thanks.', 'note: it was 80 pounds.', '',
    ].join('\n');
    const { transcript } = parseTranscript(vtt);
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent', 'customer']);
    expect(transcript.turns[3].text).toBe('thanks. note: it was 80 pounds.');
  });

  it('keeps the language stated in the WebVTT header', () => {
    expect(parseFixture('vtt/en-voice-tags.vtt').transcript.language).toBe('en');
  });
});
