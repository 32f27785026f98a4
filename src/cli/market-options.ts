// The options that say how to read job-posting exports, shared by `rank-jobs`, `init`,
// `check` and `render`. Declaring them loads nothing heavy: `--help` stays fast.
import type { Command } from 'commander';
import type { CheckConfig } from '../check/config.js';
import { UserError } from '../errors/user-error.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';
import { addOccupationOptions, type RawOccupationOptions } from './occupation-input.js';

export interface RawReadingOptions extends RawOccupationOptions {
  titleColumn?: string;
  skillsColumn?: string;
  companyColumn?: string;
  dateColumn?: string;
  closeDateColumn?: string;
  countColumn?: string;
  countTable?: boolean;
  descriptionColumn?: string;
  delimiter?: string;
  encoding?: string;
  aliases?: string;
  vocabulary?: string;
  skillsFile?: string;
  joinColumn?: string;
  /** A comma-separated list, or a file with one skill per line (a list already split from the settings). */
  excludeSkills?: string | string[];
  maxSkipped?: number;
}

type MarketSection = NonNullable<CheckConfig['market']>;

/**
 * Reading options under their names in the settings' `market:` section: `check` and `render`
 * merge flags and settings key by key (load-market.ts), `init` records its flags under them
 * (record-market.ts).
 */
export const READING_SETTINGS = {
  titleColumn: 'title_column',
  skillsColumn: 'skills_column',
  companyColumn: 'company_column',
  dateColumn: 'date_column',
  countColumn: 'count_column',
  descriptionColumn: 'description_column',
  delimiter: 'delimiter',
  encoding: 'encoding',
  joinColumn: 'join_column',
  level: 'level',
} as const satisfies Partial<Record<keyof RawReadingOptions, keyof MarketSection>>;

/** Settings that name files: relative to the settings file, and inside its repository. */
export const PATH_SETTINGS = {
  aliases: 'aliases',
  vocabulary: 'vocabulary',
  skillsFile: 'skills_file',
  occupationMap: 'occupation_map',
} as const satisfies Partial<Record<keyof RawReadingOptions, keyof MarketSection>>;

/** `--market` and `--market-threshold` with every reading option: `check` and `render` measure programs alike. */
export function addMarketOptions(command: Command): Command {
  return addReadingOptions(
    command
      .option(
        '--market <files...>',
        "job-posting exports to measure each program against its job's demand (default: the settings' market files)",
      )
      .option(
        '--market-threshold <share>',
        `share of postings from which an unvalidated skill is a market-gap (default ${MARKET_DEFAULTS.threshold})`,
        shareOption('--market-threshold'),
      ),
  );
}

/** A share from 0 to 1, as commander parses an option's value. */
function shareOption(name: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !(number >= 0 && number <= 1)) throw new UserError(`${name} needs a share from 0 to 1, not "${value}".`);
    return number;
  };
}

export function addReadingOptions(command: Command): Command {
  return addOccupationOptions(command)
    .option('--title-column <name>', 'column holding the posting title')
    .option('--skills-column <name>', 'column holding the skills')
    .option('--company-column <name>', 'column holding the company')
    .option('--date-column <name>', 'column holding the posting date')
    .option('--close-date-column <name>', 'column holding the closing date')
    .option('--count-column <name>', 'column holding how many postings a row stands for')
    .option('--count-table', 'the files are count tables (docs/scale.md): a row with a skill or a company counts those, not postings')
    .option('--description-column <names>', 'columns searched with --vocabulary (comma-separated)')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; tab | ~)')
    .option('--encoding <name>', 'utf-8, utf-16le, utf-16be or windows-1252 (default: detected)')
    .option('--aliases <file>', 'YAML file mapping title and skill variants to one name')
    .option('--vocabulary <file>', 'YAML skills vocabulary, to find skills in descriptions')
    .option('--skills-file <file>', 'side table with one row per posting and skill')
    .option('--join-column <cols>', 'column(s) joining postings and --skills-file, comma-separated')
    .option('--exclude-skills <list|file>', 'skills never counted: comma-separated, or a file with one skill per line')
    .option(
      '--max-skipped <share>',
      `share of a file's records that may be unreadable before reading stops (default ${MARKET_DEFAULTS.maxSkipped})`,
      shareOption('--max-skipped'),
    );
}
