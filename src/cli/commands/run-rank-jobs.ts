// The body of `rank-jobs`, loaded only when the command runs.
import { rankJobs } from '../../demand/rank-jobs.js';
import { escapeTerminal } from '../../escape/terminal.js';
import type { Io } from '../io.js';
import { readingInputs } from '../market-input.js';
import { assertOutputWritable, outputOf, writeResult } from '../output.js';
import { assertPath } from '../path-argument.js';
import { createProgress } from '../progress.js';
import { parseRankJobsOptions, type RawRankJobsOptions } from './rank-jobs-options.js';

export async function runRankJobs(files: string[], raw: RawRankJobsOptions, io: Io): Promise<void> {
  const options = parseRankJobsOptions(raw, io.stdout.isTTY === true);
  if (raw.tension !== undefined) assertPath(raw.tension, '--tension', 'give a file, or "-" for standard input');
  const { sources, options: reading } = await readingInputs(raw.tension === undefined ? files : [...files, raw.tension], raw, io);
  // The tension table is opened like an export (encoding, delimiter, gzip detected).
  const tension = raw.tension === undefined ? undefined : sources.pop();
  // rank-jobs cannot tell its own outputs from a user's file: any existing file needs --force.
  const output = outputOf(raw.out, io.cwd, { force: raw.force === true, isOwnFile: () => false });
  await assertOutputWritable(output);
  const progress = createProgress(io, 'rank-jobs');
  const result = await rankJobs(sources, { ...reading, ...options, tension, onProgress: progress.advance }).finally(progress.done);
  // Notes quote careers and file names from the exports.
  for (const note of result.notes) io.stderr.write(`${escapeTerminal(note)}\n`);
  await writeResult(output, result.output, io);
}
