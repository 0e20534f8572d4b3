import { type CliIo, type Command, UsageError } from './cli/command.ts';
import { replayCommand } from './cli/replay.ts';
import { scoreCommand } from './cli/score.ts';

/** `attune <command>`: add a subcommand by adding it here. */
const COMMANDS: Record<string, Command> = {
  score: scoreCommand,
  replay: replayCommand,
};

function mainUsage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return `Usage: attune <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "attune <command> --help" for a command's options.`;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the CLI and resolves to its exit status (0 ok, 1 usage error, 2 some input failed). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(`${mainUsage()}\n`);
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`attune: unknown command "${name}"\n\n${mainUsage()}\n`);
    return 1;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`attune ${name}: ${error.message}\n\n${command.usage}\n`);
    return 1;
  }
}
