// `curriculum init <program-dir>`: start a program from market data, or from the example.
import type { Command } from 'commander';
import { LIST_DEFAULTS } from '../../model/defaults.js';
import type { CommandRegistrar } from '../commands.js';
import { addReadingOptions, type RawReadingOptions } from '../market-options.js';
import { wholeNumber } from '../parse-number.js';

export interface InitFlags extends RawReadingOptions {
  job?: string;
  from?: string[];
  top?: number;
  example?: boolean;
}

export const registerInit: CommandRegistrar = (program: Command, io) => {
  const command = program
    .command('init')
    .description("Create a program folder: the job's most-requested skills from postings, or a complete example.")
    .argument('<program-dir>', 'the new program folder (its name becomes the program id)')
    .option('--job <title|code>', 'the career: an occupation by code (M1805, 29-1141) or label, or a title as the postings name it')
    .option('--from <postings...>', 'job-posting exports to read the skills from')
    .option(
      '--top <n>',
      `how many of the most-requested skills to list (default ${LIST_DEFAULTS.initSkills}; those asked by 1% of postings or more)`,
      wholeNumber('--top', 1),
    )
    .option('--example', 'write the complete example program (data analyst) instead');
  addReadingOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum init curricula/data-analyst --job "data analyst" --from samples/postings.csv\n  curriculum init curricula/my-first-program --example',
    )
    .action(async (dir: string, flags: InitFlags) => {
      const { runInit } = await import('./run-init.js');
      await runInit(dir, flags, io);
    });
};
