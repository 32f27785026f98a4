// `curriculum diff <old> [<new>] [-- paths]`: the semantic changes between two versions.
import { type Command, Option } from 'commander';
import { UserError } from '../../errors/user-error.js';
import type { CommandRegistrar } from '../commands.js';
import { addMarketOptions } from '../market-options.js';
import type { DiffFlags } from './run-diff.js';

export const registerDiff: CommandRegistrar = (program: Command, io, setExitCode) => {
  const command = program
    .command('diff')
    .description('Show what changed between two versions of the curricula: git revisions or folders.')
    .argument('<old>', 'a git revision of the repository holding the current folder, or a folder')
    .argument('[new]', 'a revision or a folder (default: the working tree)')
    .argument('[paths...]', 'after --: folders that limit the programs compared')
    .usage('[options] <old> [new] [-- <path>...]')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--exit-code', 'exit 1 when something changed')
    .option('-c, --config <file>', 'settings file, for market data (default: the nearest curriculum.config.yaml)')
    .option('--force', 'overwrite an --out file that curriculum diff did not write');
  addMarketOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum diff main                      # the working tree against main\n  curriculum diff v1.0 HEAD --format json\n  curriculum diff origin/main HEAD -- curricula/data-analyst\n  curriculum diff old-copy/ curricula/',
    )
    .action(async (_old: string, _new: string | undefined, _paths: string[], flags: DiffFlags, self: Command) => {
      // Commander does not say which operands came after "--": count them in the raw arguments.
      const raw = (self.parent as { rawArgs?: string[] } | null)?.rawArgs ?? [];
      const dash = raw.indexOf('--');
      const operands = [...self.args];
      const paths = dash === -1 ? [] : operands.splice(operands.length - (raw.length - dash - 1));
      if (operands.length === 0) throw new UserError('Name the old version: curriculum diff <old> [<new>] [-- paths].');
      if (operands.length > 2) {
        throw new UserError(
          `diff compares two versions, and was given ${operands.length} ("${operands.join('", "')}"); put paths after "--".`,
        );
      }
      const { runDiff } = await import('./run-diff.js');
      setExitCode(await runDiff(operands as [string, string?], paths, flags, io));
    });
};
