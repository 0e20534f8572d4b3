import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTranscript } from '../ingest/index.ts';
import { FORMATS, type ParseOptions } from '../ingest/types.ts';
import { judgeConfigFromEnv, parseMode } from '../judge/config.ts';
import { scoreTranscript } from '../scoring/index.ts';
import { LANGUAGES, type Language, type ScoreOptions, type Scorecard, type Transcript } from '../scoring/types.ts';
import { type CliIo, type Command, UsageError } from './command.ts';
import { formatReport } from './report.ts';

const USAGE = `Usage: attune score FILE... [options]

Scores each transcript against the listening checklist.

Options:
  --format auto|${FORMATS.join('|')}   input format (default: auto-detect)
  --language auto|en|fa|ar       call language (default: from the file, else detected)
  --agent-speaker LABEL          which diarized speaker is the agent (spk_0, A, 0, ch_1, SPEAKER_01, a name)
  --scorer rules|hybrid|llm      rules (default, offline); hybrid/llm ask an LLM judge where rules are unsure
                                 (needs OPENAI_API_KEY or OPENAI_BASE_URL; see README "LLM judge")
  --json                         one scorecard per file per line (NDJSON), in input order
  -h, --help                     show this help

Exit status: 0 when every file was scored, 2 when any file could not be read or parsed, 1 on bad usage.`;

const OPTIONS = {
  format: { type: 'string', default: 'auto' },
  language: { type: 'string', default: 'auto' },
  'agent-speaker': { type: 'string' },
  scorer: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** How a transcript becomes a scorecard; the rules engine today, other scorers can plug in here. */
export type ScoreFn = (transcript: Transcript, options: ScoreOptions) => Scorecard | Promise<Scorecard>;

export interface ScoreRun {
  files: string[];
  parse: Omit<ParseOptions, 'filename'>;
  score: ScoreOptions;
  json: boolean;
  scoreWith: ScoreFn;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

export function readScoreArgs(args: string[]): ScoreRun | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no transcript files given');
  const format = oneOf(values.format, ['auto', ...FORMATS], 'format');
  const language = oneOf(values.language, ['auto', ...LANGUAGES], 'language');
  const fixedLanguage = language === 'auto' ? undefined : (language as Language);
  return {
    files: positionals,
    parse: { format, language: fixedLanguage, agentSpeaker: values['agent-speaker'] },
    score: fixedLanguage ? { language: fixedLanguage } : {},
    json: values.json,
    scoreWith: scorerFor(values.scorer),
  };
}

/** `--scorer` (or ATTUNE_SCORER): the rules alone, or the rules refined by the LLM judge. */
function scorerFor(flag: string | undefined): ScoreFn {
  let config;
  try {
    config = judgeConfigFromEnv(process.env, { mode: flag === undefined ? undefined : parseMode(flag), cacheDir: '.attune-cache/judge' });
  } catch (error) {
    throw new UsageError((error as Error).message.replace('ATTUNE_SCORER:', '--scorer:'));
  }
  if (config.mode === 'rules') return scoreTranscript;
  // The judge (and its HTTP client) loads only when asked for: the rules-only CLI stays light.
  const judged = import('../judge/index.ts').then(({ createJudge, scoreWithJudge }) => ({ judge: createJudge(config), scoreWithJudge }));
  return async (transcript, options) => {
    const { judge, scoreWithJudge } = await judged;
    return scoreWithJudge(transcript, { ...options, scorer: config.mode, judge });
  };
}

/** Reads, parses and scores one file; throws an Error whose message names the file. */
async function scoreFile(file: string, run: ScoreRun, io: CliIo): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new Error(`${file}: cannot read the file (${reason})`);
  }
  const parsed = parseTranscript(bytes, { ...run.parse, filename: file });
  const transcript = { ...parsed.transcript, id: parsed.transcript.id ?? basename(file, extname(file)) };
  const scorecard = await run.scoreWith(transcript, run.score);
  if (run.json) {
    for (const warning of parsed.warnings) io.stderr(`attune score: ${file}: note: ${warning}\n`);
    io.stdout(`${JSON.stringify(scorecard)}\n`);
  } else io.stdout(formatReport(file, parsed, scorecard));
}

/** Scores every file in order; a file that fails is reported and the rest still run. */
export async function runScore(run: ScoreRun, io: CliIo): Promise<number> {
  let failed = 0;
  for (const file of run.files) {
    try {
      await scoreFile(file, run, io);
    } catch (error) {
      failed += 1;
      const message = (error as Error).message;
      io.stderr(`attune score: ${message.startsWith(file) ? message : `${file}: ${message}`}\n`);
    }
  }
  return failed > 0 ? 2 : 0;
}

export const scoreCommand: Command = {
  summary: 'score transcripts against the listening checklist',
  usage: USAGE,
  async run(args, io) {
    const run = readScoreArgs(args);
    if (run === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    return runScore(run, io);
  },
};
