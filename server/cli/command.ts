/** Where a command writes; the real process streams in production, anything in a test. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One `attune <name>` subcommand. `run` resolves to the exit status. */
export interface Command {
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Bad flags or arguments: the CLI prints the message and the command's usage, exit 1. */
export class UsageError extends Error {}
