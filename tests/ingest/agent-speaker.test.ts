import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { parseErrorOf, parseFixture } from './fixtures.ts';

const speakers = (text: string, options = {}) => parseTranscript(text, { format: 'text', ...options });

describe('choosing the agent among diarized speakers', () => {
  it.each([
    ['spk_0', 'aws/audio-segments-ar.json', 'customer'],
    ['0', 'aws/audio-segments-ar.json', 'customer'],
    ['B', 'assemblyai/en.json', 'customer'],
    ['0', 'deepgram/words-fa.json', 'agent'],
    ['ch_0', 'deepgram/multichannel-ar.json', 'customer'],
    ['SPEAKER_00', 'srt/whisperx-fa.srt', 'agent'],
    ['reza karimi', 'vtt/teams-fa.vtt', 'agent'],
  ])('the option %s wins over the heuristic (%s)', (label, file, firstSpeaker) => {
    const { transcript, warnings } = parseFixture(file, { agentSpeaker: label });
    expect(transcript.turns[0].speaker).toBe(firstSpeaker);
    expect(warnings.join()).toContain('(chosen by the agent speaker option)');
  });

  it('names the speakers when the option matches none', () => {
    expect(parseErrorOf(() => parseFixture('assemblyai/en.json', { agentSpeaker: 'C' })).message).toBe(
      'assemblyai/en.json: agent speaker "C" not found; the speakers in this file are "A", "B"',
    );
  });

  it('ignores the option, with a warning, when the file names the roles itself', () => {
    const { transcript, warnings } = parseFixture('canonical/en-double-charge.json', { agentSpeaker: 'spk_0' });
    expect(transcript.turns[0].speaker).toBe('agent');
    expect(warnings).toEqual(['agent speaker "spk_0" ignored: this file names the agent and the customer itself']);
  });

  it.each([
    ['en', 'A: Hi, my internet is down since Monday.\nB: Thank you for calling, how can I help?\nA: It is down.\nB: Let me check.\n'],
    ['fa', 'A: سلام، اینترنتم قطعه.\nB: سلام، وقتتون بخیر. چطور می‌تونم کمک‌تون کنم؟\nA: قطعه دیگه.\nB: بررسی می‌کنم.\n'],
    ['ar', 'A: السلام عليكم، الإنترنت مقطوع.\nB: أهلاً، معك سارة من خدمة العملاء. كيف أقدر أساعدك؟\nA: مقطوع من أمس.\nB: أتحقق الآن.\n'],
  ])('the agent-cue heuristic finds the agent who speaks second (%s)', (_language, text) => {
    const { transcript, warnings } = speakers(text);
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(warnings[0]).toMatch(/^agent is "B" \(agent-cue heuristic: B scored [1-9]/);
  });

  it('takes the first speaker on a tie and says so', () => {
    const { transcript, warnings } = speakers('A: Hello.\nB: Hi.\nA: Yes.\nB: Right.\n');
    expect(transcript.turns[0].speaker).toBe('agent');
    expect(warnings[0]).toContain('no speaker scored higher than the others');
    expect(warnings[0]).toContain('so the first speaker is taken as the agent');
  });

  it('merges extra speakers into the customer with a warning', () => {
    const text = 'spk_0: Thank you for calling, how can I help?\nspk_1: My bill is wrong.\nspk_2: Yes, it doubled.\nspk_0: Let me check.\n';
    const { transcript, warnings } = speakers(text);
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'customer', 'agent']);
    expect(warnings).toContain('3 speakers found ("spk_0", "spk_1", "spk_2"): "spk_1", "spk_2" are all treated as the customer');
  });

  it('when only the customer is labelled, the other speaker is the agent', () => {
    const { transcript, warnings } = speakers('Customer: Hi.\nSara: Hello, one moment.\nCustomer: Sure.\nSara: Done.\n');
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(warnings[0]).toBe('agent is "Sara": the only speaker not labelled as the customer');
  });
});
