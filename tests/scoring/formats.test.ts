import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../server/ingest/index.ts';
import { scoreTranscript } from '../../server/scoring/index.ts';
import type { Transcript } from '../../server/scoring/types.ts';
import { toCallAnalyticsJson, toDeepgramJson, toPlainText, toSrt, toWebVtt } from '../helpers/convert.ts';

const DEMO = join(import.meta.dirname, '..', '..', 'fixtures', 'demo', 'calls');

/** Demo calls with timestamps and no two turns of one speaker in a row (formats that merge those stay aligned). */
const calls: Transcript[] = readdirSync(DEMO)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DEMO, f), 'utf8')) as Transcript)
  .filter((c) => c.turns.every((t) => t.start !== undefined) && c.turns.every((t, i) => i === 0 || c.turns[i - 1].speaker !== t.speaker))
  .filter((_, i) => i % 3 === 0);

/** Plain text carries no end times, so it is compared with the same call without times. */
const withoutTimes = (t: Transcript): Transcript => ({ ...t, turns: t.turns.map(({ speaker, text }) => ({ speaker, text })) });

const FORMATS: [string, (t: Transcript) => string, string | undefined][] = [
  ['plain text', (t) => toPlainText(withoutTimes(t)), undefined],
  ['WebVTT', toWebVtt, undefined],
  ['SRT', toSrt, undefined],
  ['Amazon Call Analytics', toCallAnalyticsJson, undefined],
  ['Deepgram', (t) => toDeepgramJson(t), '0'],
];

describe('the same call scores the same whichever format it arrives in', () => {
  it('has demo calls in every language to compare', () => {
    expect(new Set(calls.map((c) => c.language))).toEqual(new Set(['en', 'fa', 'ar']));
  });

  for (const [name, write, agentSpeaker] of FORMATS) {
    it(`gives the same tags and item statuses from ${name} as from canonical JSON`, () => {
      for (const call of calls) {
        const direct = scoreTranscript(name === 'plain text' ? withoutTimes(call) : call);
        const parsed = parseTranscript(write(call), { agentSpeaker, language: call.language }).transcript;
        const via = scoreTranscript(parsed);
        expect(via.turns.map((t) => t.tags), `${call.id} via ${name}`).toEqual(direct.turns.map((t) => t.tags));
        expect(via.items.map((i) => i.status), `${call.id} via ${name}`).toEqual(direct.items.map((i) => i.status));
      }
    });
  }
});
