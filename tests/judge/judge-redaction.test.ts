import { afterEach, describe, expect, it } from 'vitest';
import { createJudge, scoreWithJudge, type JudgeConfig } from '../../server/judge/index.ts';
import { toAsciiDigits } from '../../server/privacy/redact.ts';
import type { Transcript } from '../../server/scoring/types.ts';
import { judgeReply, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.ts';

let fake: FakeOpenAI;
afterEach(async () => fake?.close());

const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const arabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

interface Case {
  name: string;
  transcript: Transcript;
  secrets: string[];
}

function call(language: Transcript['language'], customer: string[], agent: string): Transcript {
  return { language, turns: customer.flatMap((text) => [{ speaker: 'customer' as const, text }, { speaker: 'agent' as const, text: agent }]) };
}

const cases: Case[] = [
  {
    name: 'English, ASCII digits',
    transcript: call('en', ['My card number is 4111 1111 1111 1111.', 'Call me at +1 (555) 123-4567 or write to jane.smith@example.com.'], 'Thanks, noted.'),
    secrets: ['4111 1111 1111 1111', '+1 (555) 123-4567', 'jane.smith@example.com'],
  },
  {
    name: 'Persian, Persian digits',
    transcript: call('fa', [`شماره کارتم ${persian('6037-9975-1234-5670')} است`, `موبایلم ${persian('09123456789')} و ایمیلم ali.rezaei@mail.ir است`], 'ممنون، ثبت شد.'),
    secrets: [persian('6037-9975-1234-5670'), persian('09123456789'), 'ali.rezaei@mail.ir'],
  },
  {
    name: 'Persian, ASCII digits',
    transcript: call('fa', ['کارت 6037997512345670 را بلوکه کنید', 'با 0912 345 6789 تماس بگیرید'], 'چشم.'),
    secrets: ['6037997512345670', '0912 345 6789'],
  },
  {
    name: 'Arabic, Arabic-Indic digits',
    transcript: call('ar', [`رقم بطاقتي ${arabicIndic('6274123456789011')}`, `جوالي ${arabicIndic('0501234567')} وبريدي omar@example.sa`], 'شكرا، تم.'),
    secrets: [arabicIndic('6274123456789011'), arabicIndic('0501234567'), 'omar@example.sa'],
  },
  {
    name: 'Arabic, ASCII digits',
    transcript: call('ar', ['البطاقة 4111-1111-1111-1111', 'اتصل على +20 101 234 5678'], 'حاضر.'),
    secrets: ['4111-1111-1111-1111', '+20 101 234 5678'],
  },
];

function configFor(server: FakeOpenAI, redact: JudgeConfig['redact']): JudgeConfig {
  return { mode: 'llm', model: 'fake-model', baseURL: server.baseURL, apiKey: 'k', timeoutMs: 5_000, maxConcurrency: 2, maxRetries: 0, redact, promptVersion: 'test' };
}

/** Digits only, in ASCII: catches a secret re-spaced or re-written in another digit system. */
const digitsOnly = (s: string) => toAsciiDigits(s).replace(/\D/g, '');

describe('what leaves the machine is redacted', () => {
  it.each(cases)('$name: the server never receives the card, phone or email', async ({ transcript, secrets }) => {
    fake = await startFakeOpenAI(judgeReply({}));
    await scoreWithJudge(transcript, { judge: createJudge(configFor(fake, true)) });

    expect(fake.requests.length).toBeGreaterThan(0);
    const sent = fake.requests.map((r) => r.body.messages.map((m) => m.content).join('\n')).join('\n');
    for (const secret of secrets) {
      expect(sent).not.toContain(secret);
      if (digitsOnly(secret).length > 0) expect(digitsOnly(sent)).not.toContain(digitsOnly(secret));
    }
    expect(sent).toMatch(/\[CARD\]/);
    expect(sent).toMatch(/\[PHONE\]|\[EMAIL\]/);
  });

  it('with redaction turned off the same data does reach the server', async () => {
    fake = await startFakeOpenAI(judgeReply({}));
    await scoreWithJudge(cases[1].transcript, { judge: createJudge(configFor(fake, false)) });
    expect(fake.requests[0].raw).toContain(persian('09123456789'));
  });
});
