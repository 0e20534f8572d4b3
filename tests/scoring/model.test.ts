import { describe, expect, it } from 'vitest';
import { languagePack } from '../../server/scoring/lang/index.ts';
import { BEHAVIOURS, classifyBehaviour } from '../../server/scoring/model/classifier.ts';
import { EN_BEHAVIOUR_MODEL } from '../../server/scoring/model/en-behaviour-model.ts';
import { behaviourContext, behaviourFeatures, gatherTextContext } from '../../server/scoring/model/features.ts';
import { modelBehaviour } from '../../server/scoring/tags/behaviour.ts';
import { prepareTurn } from '../../server/scoring/tags/prepare.ts';
import { call } from './helpers.ts';

const best = (p: Record<string, number>) => BEHAVIOURS.reduce((a, b) => (p[a] >= p[b] ? a : b));

describe('English behaviour model features', () => {
  it('ignores fillers in the words and end words of longer turns, not of short ones', () => {
    const long = behaviourFeatures("Yeah, so it's been really hard since the move, yeah.", '');
    expect(long).not.toContain('w:yeah');
    expect(long).toContain('w:move');
    expect(long.filter((f) => f.startsWith('e:')).sort()).toEqual(['e:move', 'e:since', 'e:the']);
    expect(long).not.toContain('e:yeah');
    expect(behaviourFeatures('Okay, yeah.', '')).toContain('w:yeah');
  });

  it('tells a long cut-off turn from a short filler fragment', () => {
    expect(behaviourFeatures('-so, um-', '')).toContain('cutoff');
    expect(behaviourFeatures("and you've been feeling like nobody at work really gets what it's like-", '')).toContain('cutoff:long');
  });

  it('only separates short turns by length', () => {
    const len = (text: string) => behaviourFeatures(text, '').find((f) => f.startsWith('len:'));
    expect(len('Mm.')).toBe('len:0');
    expect(len('It has been going on for a long while now.')).toBe(len('It has been going on for a long while now, ever since the start of the winter and the move to the new flat.'));
  });

  it('gathers the customer turns before a short one as context, up to three', () => {
    const reused = (ctx: ReadonlySet<string>) => ctx.has('argum');
    // Most recent first: the "Yeah." alone would hide the arguments.
    expect(reused(gatherTextContext(['Yeah.', 'The arguments at home are getting worse.']))).toBe(true);
    // A substantial last turn is the context by itself.
    expect(reused(gatherTextContext(['My sister moved back in with us last month.', 'The arguments at home are getting worse.']))).toBe(false);
    expect(reused(gatherTextContext(['Yeah.', 'Mm.', 'I guess.', 'The arguments at home are getting worse.']))).toBe(false);
    expect(gatherTextContext(['The arguments at home are getting worse.'])).toEqual(behaviourContext('The arguments at home are getting worse.'));
  });

  it('reads a reflection of what came before a short customer reply in a call', () => {
    const pack = languagePack('en');
    const t = call(
      'en',
      "C: I've been drinking a lot more since I lost my job, most nights really.",
      'A: Mm-hmm.',
      'C: Yeah.',
      'A: Since losing the job, the drinking has crept up to most nights.',
    );
    const turns = t.turns.map((turn, i) => prepareTurn(turn, i, pack));
    const viaCall = modelBehaviour(turns, turns[3], pack)!;
    const lastOnly = classifyBehaviour(EN_BEHAVIOUR_MODEL, turns[3].text, 'Yeah.');
    expect(viaCall.paraphrase).toBeGreaterThan(lastOnly.paraphrase);
  });

  it('reads speech-to-text contractions ("dont", "im") as the written ones it was trained on', () => {
    const pack = languagePack('en');
    const view = (agent: string) => {
      const t = call('en', 'C: so how long will the truck take its really hot out here', agent);
      const turns = t.turns.map((turn, i) => prepareTurn(turn, i, pack));
      return modelBehaviour(turns, turns[1], pack)!;
    };
    expect(view('A: dont worry im sure it wont be long')).toEqual(view("A: don't worry i'm sure it won't be long"));
  });

  it('classifies clear cases', () => {
    expect(best(classifyBehaviour(EN_BEHAVIOUR_MODEL, 'What would you like to get out of today?', 'Hi.'))).toBe('question:open');
    expect(best(classifyBehaviour(EN_BEHAVIOUR_MODEL, 'Thanks for calling, have a lovely day.', 'That is everything, thank you.'))).toBe('other');
  });
});
