import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture } from './fixtures.ts';

const parseJson = (value: unknown, filename = 'call.json') => parseTranscript(JSON.stringify(value), { filename });
const twoTurns = [
  { speaker: 'agent', text: 'Hello, how can I help?' },
  { speaker: 'customer', text: 'My card is blocked.' },
];

describe('canonical JSON transcripts', () => {
  it('reads id, agent, language, startedAt and turns, ignoring gold fields', () => {
    const { transcript, format, warnings } = parseFixture('canonical/en-double-charge.json');
    expect(format).toBe('json');
    expect(warnings).toEqual([]);
    expect(transcript.id).toBe('nw-1001');
    expect(transcript.agent).toEqual({ id: 'agent-daniel', name: 'Daniel Reed' });
    expect(transcript.language).toBe('en');
    expect(transcript.startedAt).toBe('2026-11-02T09:14:00Z');
    expect(transcript.turns[0]).toEqual({
      speaker: 'agent',
      text: 'Thank you for calling Northwind Energy, my name is Daniel. How can I help you today?',
      start: 0.4,
      end: 4.6,
    });
    expect(transcript.turns.some((t) => 'gold' in t)).toBe(false);
  });

  it('keeps Persian and Arabic text and language as written', () => {
    const fa = parseFixture('canonical/fa-internet-outage.json').transcript;
    const ar = parseFixture('canonical/ar-late-delivery.json').transcript;
    expect(fa.language).toBe('fa');
    expect(fa.turns).toEqual(canonical('fa').turns);
    expect(ar.language).toBe('ar');
    expect(ar.turns[0].text).toBe('مرحباً، شكراً لاتصالك بخدمة العملاء، معك أحمد. كيف أقدر أساعدك؟');
  });

  it('accepts speaker synonyms in any case', () => {
    const { transcript } = parseJson({
      turns: [
        { speaker: 'AGENT', text: 'a' }, { speaker: 'Client', text: 'b' }, { speaker: 'operator', text: 'c' },
        { speaker: 'caller', text: 'd' }, { speaker: 'Rep', text: 'e' }, { speaker: 'CUSTOMER', text: 'f' },
        { speaker: 'therapist', text: 'g' },
      ],
    });
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'customer', 'agent']);
  });

  it('keeps turns without times and leaves language undefined when absent', () => {
    const { transcript } = parseJson({ turns: twoTurns });
    expect(transcript.turns).toEqual(twoTurns);
    expect(transcript.language).toBeUndefined();
  });

  it('lets the language option override the file', () => {
    expect(parseTranscript(JSON.stringify({ language: 'en', turns: twoTurns }), { language: 'fa' }).transcript.language).toBe('fa');
  });

  it('does not merge consecutive turns of one speaker (evaluation gold refers to turn indexes)', () => {
    const { transcript } = parseJson({ turns: [...twoTurns, { speaker: 'customer', text: 'Since yesterday.' }] });
    expect(transcript.turns).toHaveLength(3);
  });

  it.each([
    [{ turns: [] }, 'call.json, turns: expected a non-empty array of turns, got []'],
    [{ turns: 'hello' }, 'call.json, turns: expected a non-empty array of turns, got "hello"'],
    [{ turns: [twoTurns[0], { speaker: 'boss', text: 'x' }] }, 'call.json, turns[1].speaker: expected "agent" or "customer", got "boss"'],
    [{ turns: [twoTurns[0], { speaker: 'customer', text: 42 }] }, 'call.json, turns[1].text: expected a string, got 42'],
    [{ turns: [twoTurns[0], { speaker: 'customer', text: 'x', start: -1 }] }, 'call.json, turns[1].start: expected a number of seconds ≥ 0, got -1'],
    [{ turns: [twoTurns[0], { speaker: 'customer', text: 'x', start: 5, end: 4 }] }, 'call.json, turns[1].end: expected end ≥ start (5 s), got 4'],
    [{ turns: [twoTurns[0], 'hi'] }, 'call.json, turns[1]: expected an object with speaker and text, got "hi"'],
    [{ language: 'de', turns: twoTurns }, 'call.json, language: expected "en", "fa" or "ar", got "de"'],
    [{ agent: { name: 'Sara' }, turns: twoTurns }, 'call.json, agent.id: expected { "id": "…", "name": "…" }, got {"name":"Sara"}'],
  ])('rejects %j with a message naming the field', (value, message) => {
    expect(parseErrorOf(() => parseJson(value)).message).toBe(message);
  });

  it('names the file and field of a bad time in a fixture', () => {
    const error = parseErrorOf(() => parseFixture('bad/bad-start.json'));
    expect(error.message).toBe('bad/bad-start.json, turns[3].start: expected a number of seconds, got "abc"');
    expect(error.file).toBe('bad/bad-start.json');
    expect(error.field).toBe('turns[3].start');
  });

  it('refuses a call with only one speaker', () => {
    const error = parseErrorOf(() => parseJson({ turns: [twoTurns[0], twoTurns[0]] }));
    expect(error.message).toMatch(/^call\.json: only one speaker found: "agent"/);
  });
});
