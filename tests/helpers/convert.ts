/**
 * Converters from a canonical transcript to the other accepted formats, so a test or the
 * evaluation can feed the same call through every parser and compare the scorecards.
 *
 * - Formats that carry times (WebVTT, SRT, Call Analytics, Deepgram) need start/end on every turn;
 *   turns without them get synthetic times (0.3 s gap, 2.5 words per second), so compare scorecards
 *   of timed transcripts only when times matter.
 * - Subtitle and speech-to-text formats split speech into pieces, so their parsers merge consecutive
 *   turns of one speaker: a transcript with two agent turns in a row comes back as one turn.
 * - Deepgram labels speakers with numbers: the agent is written as speaker 0 (channel 0 with
 *   `multichannel`); parse with `{ agentSpeaker: '0' }` to not depend on the agent-cue heuristic.
 */
import type { Language, Transcript, Turn } from '../../server/scoring/types.ts';

type TimedTurn = Turn & { start: number; end: number };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every turn with start/end: the turn's own, or synthetic ones following the previous turn. */
export function withTimes(transcript: Transcript): TimedTurn[] {
  let clock = 0;
  return transcript.turns.map((turn) => {
    const start = turn.start ?? clock + 0.3;
    const end = turn.end ?? start + Math.max(1, wordCount(turn.text) / 2.5);
    clock = end;
    return { ...turn, start, end };
  });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 83.45 → "00:01:23.450" (separator "," for SRT). */
export function clock(seconds: number, separator = '.'): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

const LABELS: Record<Language, Record<Turn['speaker'], string>> = {
  en: { agent: 'Agent', customer: 'Customer' },
  fa: { agent: 'کارشناس', customer: 'مشتری' },
  ar: { agent: 'الموظف', customer: 'العميل' },
};

/** "Agent: …" lines (labels in `labels`, default the call's language); `[hh:mm:ss.mmm]` starts when `timestamps`. */
export function toPlainText(transcript: Transcript, options: { labels?: Language; timestamps?: boolean } = {}): string {
  const labels = LABELS[options.labels ?? transcript.language ?? 'en'];
  const lines = transcript.turns.map((turn) => {
    const time = options.timestamps && turn.start !== undefined ? `[${clock(turn.start)}] ` : '';
    return `${time}${labels[turn.speaker]}: ${turn.text}`;
  });
  return `${lines.join('\n')}\n`;
}

const escapeVtt = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** WebVTT with one cue per turn and `<v Agent>` / `<v Customer>` voice tags. */
export function toWebVtt(transcript: Transcript): string {
  const cues = withTimes(transcript).map(
    (turn, i) => `${i + 1}\n${clock(turn.start)} --> ${clock(turn.end)}\n<v ${LABELS.en[turn.speaker]}>${escapeVtt(turn.text)}</v>`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** SRT with one cue per turn and "Agent: " / "Customer: " prefixes. */
export function toSrt(transcript: Transcript): string {
  const cues = withTimes(transcript).map(
    (turn, i) => `${i + 1}\n${clock(turn.start, ',')} --> ${clock(turn.end, ',')}\n${LABELS.en[turn.speaker]}: ${turn.text}`,
  );
  return `${cues.join('\n\n')}\n`;
}

const AWS_LANGUAGE: Record<Language, string> = { en: 'en-US', fa: 'fa-IR', ar: 'ar-SA' };

/** Amazon Transcribe Call Analytics output: ParticipantRole AGENT/CUSTOMER, integer milliseconds. */
export function toCallAnalyticsJson(transcript: Transcript): string {
  const entries = withTimes(transcript).map((turn, i) => ({
    Id: `turn-${i}`,
    ParticipantRole: turn.speaker.toUpperCase(),
    BeginOffsetMillis: Math.round(turn.start * 1000),
    EndOffsetMillis: Math.round(turn.end * 1000),
    Content: turn.text,
    Sentiment: 'NEUTRAL',
    Items: [],
  }));
  return JSON.stringify({
    JobName: transcript.id ?? 'converted',
    JobStatus: 'COMPLETED',
    ...(transcript.language && { LanguageCode: AWS_LANGUAGE[transcript.language] }),
    Participants: [{ ParticipantRole: 'AGENT' }, { ParticipantRole: 'CUSTOMER' }],
    Transcript: entries,
  });
}

function deepgramWords(turn: TimedTurn, speaker: number) {
  const tokens = turn.text.split(/\s+/).filter(Boolean);
  const step = (turn.end - turn.start) / tokens.length;
  return tokens.map((token, i) => ({
    word: token.toLowerCase().replace(/[.,?!;:،؟؛]+$/u, ''),
    punctuated_word: token,
    start: Math.round((turn.start + i * step) * 1000) / 1000,
    end: Math.round((turn.start + (i + 1) * step) * 1000) / 1000,
    confidence: 0.95,
    speaker,
  }));
}

/**
 * Deepgram pre-recorded JSON, diarized, agent = speaker 0. With `utterances: false` only the
 * words are written (the parser then rebuilds turns from speaker changes).
 */
export function toDeepgramJson(transcript: Transcript, options: { utterances?: boolean } = {}): string {
  const turns = withTimes(transcript);
  const speakerOf = (turn: Turn) => (turn.speaker === 'agent' ? 0 : 1);
  const words = turns.flatMap((turn) => deepgramWords(turn, speakerOf(turn)));
  const utterances = turns.map((turn, i) => ({
    id: `utterance-${i}`,
    start: turn.start,
    end: turn.end,
    confidence: 0.95,
    channel: 0,
    speaker: speakerOf(turn),
    transcript: turn.text,
    words: deepgramWords(turn, speakerOf(turn)),
  }));
  return JSON.stringify({
    metadata: { request_id: transcript.id ?? 'converted', duration: turns.at(-1)?.end ?? 0, channels: 1 },
    results: {
      channels: [{ alternatives: [{ transcript: turns.map((t) => t.text).join(' '), confidence: 0.95, words }] }],
      ...(options.utterances !== false && { utterances }),
    },
  });
}
