import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { canonical, parseErrorOf, parseFixture, speakersAndTexts } from './fixtures.ts';

const parseText = (text: string, options = {}) => parseTranscript(text, { filename: 'call.txt', ...options });

describe('plain-text transcripts', () => {
  it('reads Agent:/Customer: lines with [hh:mm:ss] starts and joins continuation lines', () => {
    const { transcript, format } = parseFixture('text/en-double-charge.txt');
    expect(format).toBe('text');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('en').turns));
    expect(transcript.turns.map((t) => t.start)).toEqual([0, 5, 10, 17, 20, 23, 25, 35]);
    expect(transcript.turns[0].end).toBeUndefined();
  });

  it('reads Persian labels, with or without the ZWNJ in تماس‌گیرنده', () => {
    const { transcript } = parseFixture('text/fa-internet-outage.txt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('fa').turns));
    expect(transcript.language).toBeUndefined();
  });

  it('reads Arabic labels including موظف خدمة العملاء and المتصل', () => {
    const { transcript } = parseFixture('text/ar-late-delivery.txt');
    expect(speakersAndTexts(transcript.turns)).toEqual(speakersAndTexts(canonical('ar').turns));
  });

  it('accepts the full-width colon, the Arabic semicolon after a known label, and bidi marks', () => {
    const { transcript } = parseText('\u200fمشتری： سلام، قبضم اشتباهه\nکارشناس؛ سلام، بفرمایید\n');
    expect(transcript.turns).toEqual([
      { speaker: 'customer', text: 'سلام، قبضم اشتباهه' },
      { speaker: 'agent', text: 'سلام، بفرمایید' },
    ]);
  });

  it('reads times written after the label and with fractions', () => {
    const { transcript } = parseText('Agent [00:01:02.5]: Hello.\n(01:05) Customer: Hi.\n');
    expect(transcript.turns.map((t) => t.start)).toEqual([62.5, 65]);
  });

  it('keeps "Note: …" lines as text when the label appears only once and is not a speaker label', () => {
    const { transcript } = parseText('Agent: Hello.\nCustomer: My order\nNote: it was a gift.\nAgent: I see.\n');
    expect(transcript.turns[1].text).toBe('My order Note: it was a gift.');
  });

  it('treats names that label several lines as speakers', () => {
    const { transcript, warnings } = parseText(
      'Maria: Hi, I am calling about my bill.\nTom: Thank you for calling, my name is Tom. How can I help?\nMaria: It doubled.\nTom: Let me check.\n',
    );
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(warnings[0]).toContain('agent is "Tom" (agent-cue heuristic');
  });

  it('picks the agent among Speaker 1/Speaker 2 by the agent-cue heuristic', () => {
    const { transcript, warnings } = parseFixture('text/en-diarized-speakers.txt');
    expect(transcript.turns[0].speaker).toBe('customer');
    expect(transcript.turns[1].speaker).toBe('agent');
    expect(warnings.join()).toContain('agent is "Speaker 2"');
  });

  it('names the line of text that comes before any speaker label', () => {
    const error = parseErrorOf(() => parseFixture('bad/unlabelled-start.txt'));
    expect(error.line).toBe(1);
    expect(error.message).toBe(
      'bad/unlabelled-start.txt, line 1: expected a line starting with a speaker label such as "Agent:", "Customer:", "کارشناس:", "العميل:" or "Speaker 1:", got "Transcript of call 4411"',
    );
  });

  it('names the line of an impossible timestamp', () => {
    const error = parseErrorOf(() => parseText('Agent: Hi.\n[00:99:00] Customer: Hello.\n'));
    expect(error.message).toBe('call.txt, line 2: expected a time such as [00:01:23], got "[00:99:00]"');
  });

  it('refuses a transcript with only one speaker', () => {
    expect(parseErrorOf(() => parseFixture('bad/one-speaker.txt')).message).toBe(
      'bad/one-speaker.txt: only one speaker found: "Agent" (all agent); a call needs turns from both the agent and the customer',
    );
  });
});

describe('plain-text continuation lines', () => {
  it('keeps a continuation line that starts with a clock-like number', () => {
    const { transcript } = parseTranscript('Agent: When suits you?\nCustomer: Tomorrow at\n10:99 is not a time but fine\nAgent: OK.\n');
    expect(transcript.turns[1].text).toBe('Tomorrow at 10:99 is not a time but fine');
  });
});

describe('plain-text timestamps in Persian and Arabic digits', () => {
  it('reads [۰۰:۰۱:۰۵] and [٠٠:٠١:١٠]', () => {
    const { transcript } = parseTranscript('[۰۰:۰۱:۰۵] کارشناس: سلام\n[٠٠:٠١:١٠] العميل: أهلاً\n');
    expect(transcript.turns.map((t) => t.start)).toEqual([65, 70]);
  });
});

describe('Otter-style transcripts', () => {
  it('reads "Speaker 1  0:03" headings with the text on the following lines', () => {
    const text = 'Speaker 1  0:00\nThank you for calling, how can I help?\n\nSpeaker 2  0:04\nMy card was declined\ntwice today.\n\nSpeaker 1  0:09\nLet me check.\n';
    const { transcript } = parseTranscript(text, { agentSpeaker: 'Speaker 1' });
    expect(transcript.turns).toEqual([
      { speaker: 'agent', text: 'Thank you for calling, how can I help?', start: 0 },
      { speaker: 'customer', text: 'My card was declined twice today.', start: 4 },
      { speaker: 'agent', text: 'Let me check.', start: 9 },
    ]);
  });
});
