import { parseTranscript } from '../server/ingest/index.ts';
import type { Transcript, Turn } from '../server/scoring/types.ts';
import { toCallAnalyticsJson, toDeepgramJson, toPlainText, toSrt, toWebVtt } from '../tests/helpers/convert.ts';

export const VIA_FORMATS = ['json', 'text', 'vtt', 'srt', 'aws', 'deepgram'] as const;
export type ViaFormat = (typeof VIA_FORMATS)[number];

type GoldTurn = Turn & { gold?: string[] | string };

const CONVERTERS: Record<Exclude<ViaFormat, 'json'>, (t: Transcript) => string> = {
  text: (t) => toPlainText(t),
  vtt: toWebVtt,
  srt: toSrt,
  aws: toCallAnalyticsJson,
  deepgram: (t) => toDeepgramJson(t),
};

/**
 * The transcript to score and the gold turns to compare it with. `json` feeds the gold file
 * as it is. Other formats write the call in that format and read it back with the real
 * parser; subtitle and speech-to-text formats merge consecutive turns of one speaker, so the
 * gold is merged the same way (labels united) to keep turns aligned.
 */
export function loadVia(gold: Transcript, via: ViaFormat, file: string): { transcript: Transcript; goldTurns: GoldTurn[] } {
  const clean: Transcript = {
    id: gold.id,
    agent: gold.agent,
    language: gold.language,
    startedAt: gold.startedAt,
    turns: gold.turns.map(({ speaker, text, start, end }) => ({ speaker, text, start, end })),
  };
  if (via === 'json') return { transcript: clean, goldTurns: gold.turns as GoldTurn[] };
  // Start-only times (AnnoMI: whole seconds, sometimes equal) cannot be written as cues without
  // reordering turns; such turns are written with synthetic sequential times instead.
  const merged = mergeSameSpeaker((gold.turns as GoldTurn[]).map((t) => (t.end === undefined ? { ...t, start: undefined } : t)));
  const written = CONVERTERS[via]({ ...clean, turns: merged });
  const parsed = parseTranscript(written, { filename: `${file.replace(/\.json$/, '')}.${via}`, agentSpeaker: via === 'deepgram' ? '0' : undefined }).transcript;
  if (parsed.turns.length !== merged.length) {
    throw new Error(`${file}: ${via} round trip gave ${parsed.turns.length} turns for ${merged.length}`);
  }
  return { transcript: { ...parsed, id: gold.id, agent: gold.agent, language: gold.language ?? parsed.language }, goldTurns: merged };
}

function mergeSameSpeaker(turns: GoldTurn[]): GoldTurn[] {
  const out: GoldTurn[] = [];
  for (const turn of turns) {
    const last = out[out.length - 1];
    if (last && last.speaker === turn.speaker) {
      last.text = `${last.text} ${turn.text}`;
      if (turn.end !== undefined) last.end = turn.end;
      last.gold = [...labels(last.gold), ...labels(turn.gold)];
    } else {
      out.push({ ...turn, gold: labels(turn.gold) });
    }
  }
  return out;
}

const labels = (g: GoldTurn['gold']) => (g === undefined ? [] : Array.isArray(g) ? g : [g]);
