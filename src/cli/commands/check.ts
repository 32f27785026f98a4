// `curriculum check [path...]`: the CI lint of curriculum repositories.
import { Option, type Command } from 'commander';
import type { CommandRegistrar } from '../commands.js';
import { UserError } from '../../errors.js';
import { FORMAT_NAMES, type FormatName } from '../../report/format-names.js';

interface CheckFlags {
  format: FormatName;
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  config?: string;
  force?: boolean;
}

export const registerCheck: CommandRegistrar = (program: Command, io, setExitCode) => {
  program
    .command('check')
    .description('Validate curriculum YAML: schema, references, skill coverage, limits.')
    .argument('[path...]', 'folders or files to check; program folders are found below them', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'settings file (default: the nearest curriculum.config.yaml)')
    .option('--force', 'overwrite an --output file that curriculum did not write')
    .addHelpText('after', '\nExamples:\n  curriculum check curricula/\n  curriculum check --format github --max-warnings 0\n  curriculum check --format sarif --output results.sarif')
    .action(async (paths: string[], flags: CheckFlags) => {
      const { runCheck } = await import('./run-check.js');
      setExitCode(await runCheck(paths, flags, io));
    });
};

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`--max-warnings needs a whole number, not "${value}".`);
  return Number(value);
}

export type { CheckFlags };
