import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTranscript } from '../ingest/index.ts';
import { FORMATS, type Format } from '../ingest/types.ts';
import { LANGUAGES, type Language } from '../scoring/types.ts';
import { type CliIo, type Command, UsageError } from './command.ts';

const USAGE = `Usage: attune replay FILE --url ws://HOST:PORT --token TOKEN [options]

Streams a transcript to the live socket (/api/live) as if the call were happening now,
sending each turn when it ends (its timestamps scaled by --speed; without timestamps, at
~2.5 words a second), and prints the acks, nudges and the final scorecard.

Options:
  --url URL                      the service (ws://, wss://, http:// or https://; /api/live is added when no path is given)
  --token TOKEN                  an API token (default: $ATTUNE_TOKEN)
  --speed N                      play N times faster than real time (default 1)
  --format auto|${FORMATS.join('|')}   input format (default: auto-detect)
  --language auto|en|fa|ar       call language (default: from the file, else detected by the server)
  --agent-speaker LABEL          which diarized speaker is the agent
  --agent-id ID                  the agent, when the file names none
  --call-id ID                   the live callId (default: the transcript id, else the file name)
  --json                         print every server frame as one JSON line
  -h, --help                     show this help

Exit status: 0 when the call was stored, 2 when the file or the call failed, 1 on bad usage.`;

const OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
  speed: { type: 'string', default: '1' },
  format: { type: 'string', default: 'auto' },
  language: { type: 'string', default: 'auto' },
  'agent-speaker': { type: 'string' },
  'agent-id': { type: 'string' },
  'call-id': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** ws(s)://host[:port][/path]; http(s) becomes ws(s); a bare host gets /api/live. */
export function liveUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--url: expected a URL like ws://localhost:3000, got "${raw}"`);
  }
  const protocols: Record<string, string> = { 'ws:': 'ws:', 'wss:': 'wss:', 'http:': 'ws:', 'https:': 'wss:' };
  if (!protocols[url.protocol]) throw new UsageError(`--url: expected ws://, wss://, http:// or https://, got "${raw}"`);
  url.protocol = protocols[url.protocol];
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/api/live';
  return url.toString();
}

function readArgs(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help' as const;
  if (positionals.length !== 1) throw new UsageError(`expected one transcript file, got ${positionals.length}`);
  if (!values.url) throw new UsageError('--url is required');
  const token = values.token ?? process.env.ATTUNE_TOKEN;
  if (!token) throw new UsageError('--token is required (or set ATTUNE_TOKEN)');
  const speed = Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0) throw new UsageError(`--speed must be a number > 0, got "${values.speed}"`);
  if (values.format !== 'auto' && !FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be one of auto, ${FORMATS.join(', ')}; got "${values.format}"`);
  if (values.language !== 'auto' && !LANGUAGES.includes(values.language as Language)) throw new UsageError(`--language must be one of auto, en, fa, ar; got "${values.language}"`);
  return { file: positionals[0], url: liveUrl(values.url), token, speed, values };
}

/** One readable line per server frame. */
function describeFrame(f: Record<string, any>): string {
  switch (f.type) {
    case 'ack': return `ack ${f.seq}`;
    case 'score': return `score ${f.overall ?? '–'}  ${f.items.map((i: { id: string; status: string }) => `${i.id}:${i.status}`).join(' ')}`;
    case 'nudge': return `NUDGE turn ${f.turn} [${f.item}] ${f.message}`;
    case 'resumed': return `resumed after seq ${f.lastSeq}`;
    case 'final': {
      const items = f.scorecard.items.map((i: { id: string; status: string; score: number | null }) => `  ${i.id.padEnd(22)} ${i.status.padEnd(5)} ${i.score ?? '–'}`);
      return [`final: call ${f.callId} stored as ${f.id}, overall ${f.scorecard.overall ?? '–'}`, ...items].join('\n');
    }
    case 'error': return `error: ${f.message}`;
    default: return JSON.stringify(f);
  }
}

export const replayCommand: Command = {
  summary: 'stream a transcript to the live socket as a live call',
  usage: USAGE,
  async run(args: string[], io: CliIo) {
    const run = readArgs(args);
    if (run === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const { file, values } = run;
    let transcript;
    try {
      const bytes = await readFile(file);
      transcript = parseTranscript(bytes, {
        filename: file, format: values.format as Format | 'auto', agentSpeaker: values['agent-speaker'],
        language: values.language === 'auto' ? undefined : (values.language as Language),
      }).transcript;
    } catch (error) {
      io.stderr(`attune replay: ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const agentId = values['agent-id'] ?? transcript.agent?.id;
    if (!agentId) throw new UsageError(`${file} names no agent; give --agent-id`);
    const callId = values['call-id'] ?? transcript.id ?? basename(file, extname(file));
    try {
      const { replayCall } = await import('../live/replay-client.ts');
      await replayCall({
        url: run.url, token: run.token, speed: run.speed,
        transcript: { ...transcript, id: callId, agent: { ...transcript.agent, id: agentId } },
        onFrame: (f) => io.stdout(`${values.json ? JSON.stringify(f) : describeFrame(f)}\n`),
      });
      return 0;
    } catch (error) {
      io.stderr(`attune replay: ${file}: ${(error as Error).message}\n`);
      return 2;
    }
  },
};
