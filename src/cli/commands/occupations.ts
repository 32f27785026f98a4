// `curriculum occupations [title...]`: codes job titles to occupations of a taxonomy.
import { type Command, Option } from 'commander';
import { CODING_FORMATS, type CodingFormat } from '../../occupations/coding-formats.js';
import type { CommandRegistrar } from '../commands.js';
import { addOccupationOptions, type RawOccupationOptions } from '../occupation-input.js';

export interface OccupationsFlags extends RawOccupationOptions {
  from?: string;
  titleColumn?: string;
  format?: CodingFormat;
  csvRaw?: boolean;
  out?: string;
  force?: boolean;
}

export const registerOccupations: CommandRegistrar = (program: Command, io, setExitCode) => {
  addOccupationOptions(
    program
      .command('occupations')
      .description('Code job titles to occupations (O*NET-SOC, ROME, or your own taxonomy), with a score.')
      .argument('[title...]', 'titles to code; without any, one title per line on stdin, or --from a file'),
  )
    .option('--from <file>', 'a CSV/TSV export whose title column is coded, row by row')
    .option('--title-column <name>', 'the title column of --from (default: found by name)')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(CODING_FORMATS))
    .option('--csv-raw', "csv: titles as they are, without the ' that stops spreadsheets running formulas (for joins)")
    .option('-o, --out <file>', 'write the result to this file (atomically)')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum occupations "ICU RN" "Travel ER RN job in Columbia, TN"\n  curriculum occupations "Développeur Java (H/F)" --taxonomy rome --format json\n  curriculum occupations --from titles.csv --format csv --csv-raw --out codes.csv',
    )
    .action(async (titles: string[], flags: OccupationsFlags) => {
      const { runOccupations } = await import('./run-occupations.js');
      setExitCode(await runOccupations(titles, flags, io));
    });
};
