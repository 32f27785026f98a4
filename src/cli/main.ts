// The command line: commander wiring and the one top-level catch that maps failures to exit 2.
import { Command, CommanderError } from 'commander';
import { escapeTerminal } from '../escape/terminal.js';
import { describeWriteError } from '../files/write-errors.js';
import { registerCommands } from './commands.js';
import { describeError } from './errors.js';
import { type Io, processIo } from './io.js';
import { packageVersion } from './package-version.js';

export { cleanUpOnSignals } from './signals.js';

/** The sentence for standard output failing (a full disk under `> file`): exit code 2. */
export function describeOutputFailure(error: NodeJS.ErrnoException): string {
  return `Cannot write the output: ${describeWriteError(error)}.`;
}

/** Runs `curriculum` with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('curriculum')
    .description('Design training programs backwards: jobs -> skills -> projects -> courses.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // Commander's errors quote the arguments given (`unknown option '...'`).
      writeErr: (text) => io.stderr.write(escapeTerminal(text, { tabs: true, newlines: true })),
    })
    .showHelpAfterError('(run with --help for usage)');
  registerCommands(
    program,
    io,
    (code) => {
      exitCode = code;
    },
    argv,
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr.write(`curriculum: ${describeError(error, argv.includes('--debug'))}\n`);
    return 2;
  }
}
