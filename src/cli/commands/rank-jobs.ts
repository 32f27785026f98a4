// `curriculum rank-jobs`: thin adapter; the work is in src/demand (loaded only when this runs).
import { type Command, Option } from 'commander';
import { FORMAT_NAMES } from '../../demand/format/names.js';
import { RANK_METRICS } from '../../demand/rank-metrics.js';
import { LIST_DEFAULTS } from '../../model/defaults.js';
import type { Io } from '../io.js';
import { addReadingOptions } from '../market-options.js';
import { wholeNumber } from '../parse-number.js';
import { RANK_JOBS_HELP } from './rank-jobs-help.js';
import type { RawRankJobsOptions } from './rank-jobs-options.js';

export function registerRankJobs(program: Command, io: Io): void {
  addReadingOptions(
    program
      .command('rank-jobs')
      .description('Rank careers by demand in job-posting exports; with --job, rank the skills one career asks for.')
      .argument('<file...>', 'CSV/TSV files, optionally gzip-compressed; - for stdin'),
  )
    .option('--job <title|code>', 'list every skill of this career: an occupation by code (M1805, 29-1141) or label, or a title')
    .option(
      '--top <n>',
      `careers to list (default ${LIST_DEFAULTS.careers}); with --job, skills to list (default all)`,
      wholeNumber('--top', 1),
    )
    .option(
      '--top-skills <n>',
      `skills listed per career without --job (default ${LIST_DEFAULTS.skillsPerCareer})`,
      wholeNumber('--top-skills', 1),
    )
    .addOption(new Option('--rank-by <metric>', 'metric ranking careers').choices(RANK_METRICS).default('postings'))
    .option(
      '--tension <file>',
      'table of offers and job seekers per occupation code (France Travail, DARES): adds tension and tension_index',
    )
    .option('--min-postings <n>', 'leave out careers with fewer postings, whatever the ranking', wholeNumber('--min-postings', 1))
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMAT_NAMES))
    .option('--csv-raw', "csv: write text cells as they are, without the ' that stops spreadsheets running =, +, -, @ as formulas")
    .option('-o, --out <file>', 'write the result to this file (atomically)')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText('after', RANK_JOBS_HELP)
    .action(async (files: string[], raw: RawRankJobsOptions) => {
      const { runRankJobs } = await import('./run-rank-jobs.js');
      await runRankJobs(files, raw, io);
    });
}
