// The command registry: each command lives in its own thin file under commands/. Only the
// command being run is registered (creating every command's options was most of the time
// `curriculum check --help` spent in commander); the top-level help and an unknown name get
// every command, so that the list and "did you mean" stay whole.
import type { Command } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { registerInit } from './commands/init.js';
import { registerOccupations } from './commands/occupations.js';
import { registerRankJobs } from './commands/rank-jobs.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import type { Io } from './io.js';

export type SetExitCode = (code: number) => void;
export type CommandRegistrar = (program: Command, io: Io, setExitCode: SetExitCode) => void;

const COMMANDS: ReadonlyMap<string, CommandRegistrar> = new Map([
  ['check', registerCheck],
  ['diff', registerDiff],
  ['init', registerInit],
  ['occupations', registerOccupations],
  ['rank-jobs', registerRankJobs],
  ['render', registerRender],
  ['schema', registerSchema],
]);

/** Registers the command `argv` runs (`check ...`, `help check`), none for `--version`, or every command. */
export function registerCommands(program: Command, io: Io, setExitCode: SetExitCode, argv: readonly string[]): void {
  const name = commandName(argv);
  if (name === undefined && argv.some((arg) => arg === '-V' || arg === '--version')) return;
  const named = COMMANDS.get(name ?? '');
  for (const register of named === undefined ? COMMANDS.values() : [named]) register(program, io, setExitCode);
}

/** The first word that is not an option (global options take no value), or the one after `help`. */
function commandName(argv: readonly string[]): string | undefined {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}
