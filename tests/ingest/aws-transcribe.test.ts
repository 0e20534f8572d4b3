import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture, speakersAndTexts } from './fixtures.ts';

describe('Amazon Transcribe transcripts', () => {
  it('rebuilds turns from standard items (times as strings of seconds), attaching punctuation', () => {
    const { transcript, format, warnings } = parseFixture('aws/standard-speakers-en.json');
    expect(format).toBe('aws');
    expect(transcript.id).toBe('northwind-2026-11-02-0914');
    expect(transcript.language).toBe('en');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('en').turns));
    expect(transcript.turns[0].start).toBe(0.4);
    expect(transcript.turns[0].end).toBeCloseTo(4.55, 2);
    expect(warnings.join()).toContain('agent is "spk_0" (agent-cue heuristic');
  });

  it('takes the speaker of each item from speaker_labels.segments when items carry none', () => {
    const data = {
      results: {
        speaker_labels: { speakers: 2, segments: [
          { speaker_label: 'spk_0', items: [{ start_time: '0.1', speaker_label: 'spk_0' }] },
          { speaker_label: 'spk_1', items: [{ start_time: '1.2', speaker_label: 'spk_1' }] },
        ] },
        items: [
          { type: 'pronunciation', start_time: '0.1', end_time: '0.9', alternatives: [{ content: 'Hello' }] },
          { type: 'punctuation', alternatives: [{ content: '?' }] },
          { type: 'pronunciation', start_time: '1.2', end_time: '1.6', alternatives: [{ content: 'Hi' }] },
        ],
      },
    };
    const { transcript } = parseTranscript(JSON.stringify(data), { agentSpeaker: 'spk_0' });
    expect(transcript.turns).toEqual([
      { speaker: 'agent', text: 'Hello?', start: 0.1, end: 0.9 },
      { speaker: 'customer', text: 'Hi', start: 1.2, end: 1.6 },
    ]);
  });

  it('interleaves channel-identified items by time, maps fa-IR to fa', () => {
    const { transcript, warnings } = parseFixture('aws/channels-fa.json');
    expect(transcript.language).toBe('fa');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('fa').turns));
    expect(warnings.join()).toContain('agent is "ch_1"');
  });

  it('reads audio_segments with their speaker labels', () => {
    const { transcript } = parseFixture('aws/audio-segments-ar.json');
    expect(transcript.language).toBe('ar');
    expect(transcript.turns).toEqual(canonical('ar').turns);
  });

  it('reads Call Analytics ParticipantRole and integer milliseconds', () => {
    const { transcript, warnings } = parseFixture('aws/call-analytics-en.json');
    expect(transcript.turns).toEqual(canonical('en').turns);
    expect(transcript.language).toBe('en');
    expect(warnings).toEqual([]);
  });

  it('reads Contact Lens ParticipantId through the Participants list', () => {
    const { transcript } = parseFixture('aws/contact-lens-ar.json');
    expect(transcript.turns).toEqual(canonical('ar').turns);
  });

  it('names the field of a negative millisecond offset', () => {
    expect(parseErrorOf(() => parseFixture('bad/call-analytics-bad-ms.json')).message).toBe(
      'bad/call-analytics-bad-ms.json, Transcript[1].BeginOffsetMillis: expected a number of milliseconds ≥ 0, got -40',
    );
  });

  it('names the item that has no speaker when the job ran without diarization', () => {
    const data = { results: { items: [{ type: 'pronunciation', start_time: '0.1', end_time: '0.5', alternatives: [{ content: 'Hi' }] }] } };
    expect(parseErrorOf(() => parseTranscript(JSON.stringify(data), { filename: 'job.json' })).message).toBe(
      'job.json, results.items[0]: expected a speaker_label or channel_label on this word (was the job run with speaker or channel identification?)',
    );
  });

  it('names a start_time that is not a number of seconds', () => {
    const data = { results: { items: [{ type: 'pronunciation', start_time: 'x', speaker_label: 'spk_0', alternatives: [{ content: 'Hi' }] }] } };
    expect(parseErrorOf(() => parseTranscript(JSON.stringify(data))).message).toBe(
      'results.items[0].start_time: expected a number of seconds, got "x"',
    );
  });
});
