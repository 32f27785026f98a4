// The command registry: each command lives in its own thin file under commands/.
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

const registrars: CommandRegistrar[] = [
  registerCheck,
  registerDiff,
  registerInit,
  registerOccupations,
  registerRankJobs,
  registerRender,
  registerSchema,
];

export function registerCommands(program: Command, io: Io, setExitCode: SetExitCode): void {
  for (const register of registrars) register(program, io, setExitCode);
}
