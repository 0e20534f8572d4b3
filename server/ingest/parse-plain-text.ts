import type { Fragment, RawTranscript } from './fragment.ts';
import { isNameLabel, isStrongLabel, splitSpeakerPrefix, stripBidiMarks } from './speaker-prefix.ts';
import { parseClock } from './time.ts';
import { ParseError } from './types.ts';

const DIGIT = '[0-9۰-۹٠-٩]';
const TIME = `${DIGIT}{1,3}:${DIGIT}{2}(?::${DIGIT}{2})?(?:[.,]${DIGIT}{1,3})?`;
/** "[00:01:23] ", "(01:23) " or "00:01:23 " before the label. */
const LEADING_TIME = new RegExp(String.raw`^\s*(?:[\[(](${TIME})[\])]|(${TIME})(?=\s))\s*`);
/** "Agent [00:01:23]: text" — a time after the label. */
const LABEL_THEN_TIME = new RegExp(String.raw`^\s*([^:\n]{1,40}?)\s*[\[(](${TIME})[\])]\s*[:：﹕꞉]\s*(.*)$`, 's');

/** Otter-style heading line, "Speaker 1  0:03", whose text follows on the next lines. */
const LABEL_HEADING = new RegExp(`^\\s*([^:\\n]{1,40}?)\\s+(${TIME})\\s*$`);

interface LabelledLine {
  label: string;
  text: string;
  start?: number;
}

function readLabelledLine(line: string, lineNumber: number): LabelledLine | undefined {
  let rest = stripBidiMarks(line);
  let start: number | undefined;
  const leading = LEADING_TIME.exec(rest);
  if (leading) {
    start = parseClock(leading[1] ?? leading[2]);
    rest = rest.slice(leading[0].length);
  }
  const heading = leading ? null : LABEL_HEADING.exec(rest);
  if (heading && parseClock(heading[2]) !== undefined) return { label: heading[1].trim(), text: '', start: parseClock(heading[2]) };
  const timed = LABEL_THEN_TIME.exec(rest);
  const prefix = timed ? undefined : splitSpeakerPrefix(rest);
  if (!timed && !prefix) return undefined;
  if (leading && start === undefined) {
    throw new ParseError(`expected a time such as [00:01:23], got "${leading[0].trim()}"`, { line: lineNumber });
  }
  if (timed) return { label: timed[1].trim(), text: timed[3], start: start ?? parseClock(timed[2]) };
  return { label: prefix!.label, text: prefix!.rest, start };
}

/** Names count as speakers only when they label two lines or more, so "Note: …" stays text. */
function acceptedLabels(lines: (LabelledLine | undefined)[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line) counts.set(line.label, (counts.get(line.label) ?? 0) + 1);
  return new Set(
    [...counts].filter(([label, count]) => isStrongLabel(label) || (isNameLabel(label) && count >= 2)).map(([l]) => l),
  );
}

/** Plain text with speaker prefixes; continuation lines are joined to the turn above. */
export function parsePlainText(text: string): RawTranscript {
  const lines = text.split(/\r\n|\r|\n/);
  const labelled = lines.map((line, i) => readLabelledLine(line, i + 1));
  const accepted = acceptedLabels(labelled);
  const fragments: Fragment[] = [];
  lines.forEach((line, i) => {
    const found = labelled[i];
    if (found && accepted.has(found.label)) {
      fragments.push({ label: found.label, text: found.text, start: found.start, where: { line: i + 1 } });
    } else if (line.trim() !== '') {
      const current = fragments.at(-1);
      if (!current) {
        throw new ParseError(
          `expected a line starting with a speaker label such as "Agent:", "Customer:", "کارشناس:", "العميل:" or "Speaker 1:", got "${line.trim().slice(0, 60)}"`,
          { line: i + 1 },
        );
      }
      current.text += ` ${line.trim()}`;
    }
  });
  return { fragments, mergeSameSpeaker: false };
}
