import type { Transcript } from '../server/scoring/types.ts';

export const VIA_FORMATS = ['json'] as const;
export type ViaFormat = (typeof VIA_FORMATS)[number];

/** Feeds the gold transcript to the scorer as-is (other formats are added with the converters). */
export function loadVia(gold: Transcript, _via: ViaFormat, _file: string): Transcript {
  return { id: gold.id, agent: gold.agent, language: gold.language, startedAt: gold.startedAt, turns: gold.turns.map(({ speaker, text, start, end }) => ({ speaker, text, start, end })) };
}
