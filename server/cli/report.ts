import type { ItemResult, Scorecard } from '../scoring/types.ts';
import type { ParseResult } from '../ingest/types.ts';

const STATUS_LABEL: Record<ItemResult['status'], string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'n/a': 'N/A ' };
const MAX_EVIDENCE = 3;

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function itemLines(item: ItemResult, scorecard: Scorecard): string[] {
  const score = item.score === null ? '–' : String(item.score);
  const lines = [`  ${STATUS_LABEL[item.status]}  ${item.id.padEnd(24)} ${score.padStart(3)}`];
  for (const evidence of item.evidence.slice(0, MAX_EVIDENCE)) {
    const speaker = scorecard.turns[evidence.turn]?.speaker ?? 'turn';
    const note = evidence.note ? ` — ${evidence.note}` : '';
    // People count turns from 1; the JSON keeps SPEC's 0-based index.
    lines.push(`        turn ${evidence.turn + 1} (${speaker}): "${shorten(evidence.quote)}"${note}`);
  }
  if (item.evidence.length > MAX_EVIDENCE) lines.push(`        … and ${item.evidence.length - MAX_EVIDENCE} more`);
  const explained = item.evidence.some((e) => e.note === item.explanation);
  if (item.explanation && item.status !== 'pass' && !explained) lines.push(`        why: ${item.explanation}`);
  if (item.tip) lines.push(`        tip: ${item.tip}`);
  return lines;
}

function verdict(scorecard: Scorecard): string {
  const failing = scorecard.items.filter((i) => i.status === 'fail').length;
  if (scorecard.overall === null) return 'overall: – (no item applies)';
  return `overall: ${scorecard.overall}/100 — ${scorecard.listening} listening call (${failing} failing item${failing === 1 ? '' : 's'})`;
}

/** The human-readable report for one scored file. */
export function formatReport(file: string, parsed: ParseResult, scorecard: Scorecard): string {
  const { metrics } = scorecard;
  const lines = [
    `== ${file}`,
    `call: ${scorecard.callId} · language: ${scorecard.language} · format: ${parsed.format} · turns: ${metrics.agentTurns} agent, ${metrics.customerTurns} customer · scorer: ${scorecard.scorer}`,
    verdict(scorecard),
    ...parsed.warnings.map((warning) => `note: ${warning}`),
    '',
    ...scorecard.items.flatMap((item) => itemLines(item, scorecard)),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
