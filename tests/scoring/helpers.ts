import type { Language, Transcript, Turn } from '../../server/scoring/types.ts';

/** Builds a transcript from alternating lines: "A: …" agent, "C: …" customer, optional "[start-end]". */
export function call(language: Language | undefined, ...lines: string[]): Transcript {
  const turns: Turn[] = lines.map((line) => {
    const m = /^([AC]):\s*(?:\[(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)\]\s*)?(.*)$/su.exec(line);
    if (!m) throw new Error(`bad test line: ${line}`);
    const turn: Turn = { speaker: m[1] === 'A' ? 'agent' : 'customer', text: m[4] };
    if (m[2] !== undefined) {
      turn.start = Number(m[2]);
      turn.end = Number(m[3]);
    }
    return turn;
  });
  return { id: 'test-call', language, turns };
}

/** Whether a turn's tags include a question of either kind. */
export const isQuestion = (tags: readonly string[]) => tags.some((tag) => tag.startsWith('question:'));
