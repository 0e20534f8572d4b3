import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import type { Transcript } from '../../server/scoring/types.ts';
import { toCallAnalyticsJson, toDeepgramJson, toPlainText, toSrt, toWebVtt } from '../helpers/convert.ts';
import { canonical, speakersAndTexts } from './fixtures.ts';

const CALLS = (['en', 'fa', 'ar'] as const).map((language) => [language, canonical(language)] as const);

function expectSameTurns(parsed: Transcript, original: Transcript, times: 'both' | 'start' | 'none') {
  expect(speakersAndTexts(parsed.turns)).toEqual(speakersAndTexts(original.turns));
  parsed.turns.forEach((turn, i) => {
    if (times === 'none') return;
    expect(turn.start).toBeCloseTo(original.turns[i].start!, 3);
    if (times === 'both') expect(turn.end).toBeCloseTo(original.turns[i].end!, 3);
  });
}

describe.each(CALLS)('canonical → format → parseTranscript gives the same turns (%s)', (language, original) => {
  it('plain text in the call language, with timestamps', () => {
    const text = toPlainText(original, { timestamps: true });
    const { transcript, format } = parseTranscript(text);
    expect(format).toBe('text');
    expectSameTurns(transcript, original, 'start');
  });

  it('plain text with English labels and no times', () => {
    const { transcript } = parseTranscript(toPlainText(original, { labels: 'en' }));
    expectSameTurns(transcript, original, 'none');
    expect(transcript.turns[0].start).toBeUndefined();
  });

  it('WebVTT', () => {
    const { transcript, format } = parseTranscript(toWebVtt(original));
    expect(format).toBe('vtt');
    expectSameTurns(transcript, original, 'both');
  });

  it('SRT', () => {
    const { transcript, format } = parseTranscript(toSrt(original));
    expect(format).toBe('srt');
    expectSameTurns(transcript, original, 'both');
  });

  it('Amazon Call Analytics JSON, language kept', () => {
    const { transcript, format } = parseTranscript(toCallAnalyticsJson(original));
    expect(format).toBe('aws');
    expect(transcript.language).toBe(language);
    expectSameTurns(transcript, original, 'both');
  });

  it('Deepgram JSON with utterances, and words only', () => {
    for (const utterances of [true, false]) {
      const { transcript, format } = parseTranscript(toDeepgramJson(original, { utterances }), { agentSpeaker: '0' });
      expect(format).toBe('deepgram');
      expectSameTurns(transcript, original, 'both');
    }
  });
});

describe('converters on text-only transcripts', () => {
  it('synthesise increasing times so the timed formats still parse', () => {
    const textOnly: Transcript = {
      turns: [
        { speaker: 'agent', text: 'Hello <there> & welcome, how can I help?' },
        { speaker: 'customer', text: 'My order is late.' },
      ],
    };
    const { transcript } = parseTranscript(toWebVtt(textOnly));
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(textOnly.turns));
    expect(transcript.turns[1].start!).toBeGreaterThan(transcript.turns[0].end!);
  });
});
