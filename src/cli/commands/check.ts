// `curriculum check [path...]`: the CI lint of curriculum repositories.
import { type Command, Option } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../../report/format-names.js';
import type { CommandRegistrar } from '../commands.js';
import type { MarketFlags } from '../load-market.js';
import { addMarketOptions } from '../market-options.js';
import { wholeNumber } from '../parse-number.js';

export interface CheckFlags extends MarketFlags {
  format: FormatName;
  out?: string;
  /** The old spelling of `--out`, kept hidden for one release. */
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  config?: string;
  force?: boolean;
}

export const registerCheck: CommandRegistrar = (program: Command, io, setExitCode) => {
  const command = program
    .command('check')
    .description('Validate curriculum YAML: schema, references, skill coverage, limits.')
    .argument('[path...]', 'folders or files to check; program folders are found below them', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--output <file>').hideHelp())
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber('--max-warnings'))
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'settings file (default: the nearest curriculum.config.yaml)')
    .option('--force', 'overwrite an --out file that curriculum did not write');
  addMarketOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum check curricula/\n  curriculum check --format github --max-warnings 0\n  curriculum check --format sarif --out results.sarif\n  curriculum check curricula/ --market samples/postings.csv',
    )
    .action(async (paths: string[], flags: CheckFlags) => {
      const { runCheck } = await import('./run-check.js');
      setExitCode(await runCheck(paths, flags, io));
    });
};
