import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture, speakersAndTexts, startsAndEnds } from './fixtures.ts';

describe('CSV transcripts', () => {
  it('reads speaker, text, start, end columns in seconds', () => {
    const { transcript, format } = parseFixture('csv/en-seconds.csv');
    expect(format).toBe('csv');
    expect(transcript.turns).toEqual(canonical('en').turns);
  });

  it('converts start_ms/end_ms to seconds and uses speaker_label when the role is unknown', () => {
    const { transcript, warnings } = parseFixture('csv/ar-ms.csv');
    expect(transcript.id).toBe('sh-3307');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('ar').turns));
    expect(startsAndEnds(transcript.turns)).toEqual(startsAndEnds(canonical('ar').turns));
    expect(warnings.join()).toContain('agent is "spk_1"');
  });

  it('uses the speaker_role column when it names the roles', () => {
    const { transcript, warnings } = parseFixture('csv/fa-roles.csv');
    expect(transcript.turns).toEqual(canonical('fa').turns);
    expect(warnings).toEqual([]);
  });

  it('reads semicolon-separated files, clock times and a language column', () => {
    const csv = 'role;utterance;timestamp;language\ntherapist;How are you?;00:00:01;fa\nclient;Fine.;00:00:04;fa\n';
    const { transcript } = parseTranscript(csv);
    expect(transcript.turns).toEqual([
      { speaker: 'agent', text: 'How are you?', start: 1 },
      { speaker: 'customer', text: 'Fine.', start: 4 },
    ]);
    expect(transcript.language).toBe('fa');
  });

  it('names the line and column of a bad time', () => {
    const error = parseErrorOf(() => parseFixture('bad/bad-column.csv'));
    expect(error.message).toBe('bad/bad-column.csv, line 4, column "end_ms": expected a number of milliseconds, got "soon"');
  });

  it('names the line and column of an empty speaker cell', () => {
    const error = parseErrorOf(() => parseTranscript('speaker,text\nagent,Hi\n,Hello\n', { filename: 'a.csv' }));
    expect(error.message).toBe('a.csv, line 3, column "speaker": expected a speaker (agent, customer or a speaker label), got an empty cell');
  });

  it('explains a header without the needed columns', () => {
    const error = parseErrorOf(() => parseTranscript('who,what\nagent,Hi\n', { filename: 'a.csv' }));
    expect(error.message).toBe(
      'a.csv, line 1: expected a header with a speaker (or role, speaker_role, speaker_label) column and a text column, got "who,what"',
    );
  });

  it('refuses a CSV holding several calls', () => {
    const csv = 'call_id,speaker,text\nc1,agent,Hi\nc1,customer,Hello\nc2,agent,Hi\n';
    expect(parseErrorOf(() => parseTranscript(csv, { filename: 'a.csv' })).message).toBe(
      'a.csv: this CSV holds 2 calls (call_id: c1, c2); one call per file is expected',
    );
  });

  it('reports an unclosed quote with its line', () => {
    const error = parseErrorOf(() => parseTranscript('speaker,text\nagent,"Hi\ncustomer,Hello\n', { filename: 'a.csv' }));
    expect(error.message).toMatch(/^a\.csv, line 3: not valid CSV \(Quote Not Closed/);
  });
});
