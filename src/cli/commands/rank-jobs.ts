// `curriculum rank-jobs`: thin adapter; the work is in src/demand (loaded only when this runs).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { FORMAT_NAMES } from '../../demand/format/names.js';
import { RANK_METRICS } from '../../demand/rank-careers.js';
import { RANK_JOBS_HELP } from './rank-jobs-help.js';
import type { RawRankJobsOptions } from './rank-jobs-options.js';
import { UserError } from '../../errors.js';

export function registerRankJobs(program: Command, io: Io): void {
  program
    .command('rank-jobs')
    .description('Rank careers by demand in job-posting exports; with --job, rank the skills one career asks for.')
    .argument('<file...>', 'CSV/TSV files, optionally gzip-compressed; - for stdin')
    .option('--title-column <name>', 'column holding the posting title').option('--skills-column <name>', 'column holding the skills')
    .option('--company-column <name>', 'column holding the company').option('--date-column <name>', 'column holding the posting date')
    .option('--close-date-column <name>', 'column holding the closing date').option('--count-column <name>', 'column holding how many postings a row stands for')
    .option('--description-column <names>', 'columns searched with --vocabulary (comma-separated)')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; tab | ~)').option('--encoding <name>', 'utf-8, utf-16le, utf-16be or windows-1252 (default: detected)')
    .option('--aliases <file>', 'YAML file mapping title and skill variants to one name').option('--vocabulary <file>', 'YAML skills vocabulary, to find skills in descriptions')
    .option('--skills-file <file>', 'side table with one row per posting and skill').option('--join-column <cols>', 'column(s) joining postings and --skills-file, comma-separated')
    .option('--job <title>', 'list every skill of this career').option('--top <n>', 'careers to list (default 20); with --job, skills to list (default all)')
    .option('--top-skills <n>', 'skills listed per career without --job (default 5)')
    .addOption(new Option('--rank-by <metric>', 'metric ranking careers').choices(RANK_METRICS).default('postings'))
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMAT_NAMES))
    .option('--out <file>', 'write the result to this file (atomically)').option('--force', 'overwrite --out if it exists')
    .addHelpText('after', RANK_JOBS_HELP)
    .action(async (files: string[], raw: RawRankJobsOptions) => {
      const { rankJobs } = await import('../../demand/rank-jobs.js');
      const { createProgress } = await import('../progress.js');
      const resolve = (file: string) => path.resolve(io.cwd, file);
      const readText = async (file: string) => {
        try {
          return { name: file, text: await readFile(resolve(file), 'utf8') };
        } catch (error) {
          throw new UserError(`Cannot read "${file}": ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
        }
      };
      const source = (file: string) => ({ name: file, open: () => (file === '-' ? io.stdin : createReadStream(resolve(file), { highWaterMark: 1 << 22 })) });
      const options = (await import('./rank-jobs-options.js')).parseRankJobsOptions(raw, io.stdout.isTTY === true);
      const { assertWritable, writeOutput } = await import('../write-output.js');
      if (raw.out !== undefined) assertWritable(resolve(raw.out), raw.force === true, raw.out);
      const progress = createProgress(io, 'rank-jobs');
      const result = await rankJobs(files.map(source), {
        ...options,
        aliases: raw.aliases === undefined ? undefined : await readText(raw.aliases),
        vocabulary: raw.vocabulary === undefined ? undefined : await readText(raw.vocabulary),
        skillsFile: raw.skillsFile === undefined ? undefined : source(raw.skillsFile),
        onProgress: progress.advance,
      }).finally(progress.done);
      for (const note of result.notes) io.stderr.write(`${note}\n`);
      if (raw.out === undefined) io.stdout.write(result.output);
      else await writeOutput(resolve(raw.out), result.output, raw.force === true, raw.out);
    });
}
