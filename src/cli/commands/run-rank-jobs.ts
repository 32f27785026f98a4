// The body of `rank-jobs`, loaded only when the command runs.
import path from 'node:path';
import { rankJobs } from '../../demand/rank-jobs.js';
import { escapeTerminal } from '../../escape/terminal.js';
import { assertWritable, writeFileSafely } from '../../write-file.js';
import type { Io } from '../io.js';
import { readingInputs } from '../market-input.js';
import { createProgress } from '../progress.js';
import { parseRankJobsOptions, type RawRankJobsOptions } from './rank-jobs-options.js';

export async function runRankJobs(files: string[], raw: RawRankJobsOptions, io: Io): Promise<void> {
  const options = parseRankJobsOptions(raw, io.stdout.isTTY === true);
  const { sources, options: reading } = await readingInputs(files, raw, io);
  const out = raw.out === undefined ? undefined : path.resolve(io.cwd, raw.out);
  // rank-jobs cannot tell its own outputs from a user's file: any existing file needs --force.
  const writing = { force: raw.force === true, isOwnFile: () => false, shownAs: raw.out };
  if (out !== undefined) await assertWritable(out, writing);
  const progress = createProgress(io, 'rank-jobs');
  const result = await rankJobs(sources, { ...reading, ...options, onProgress: progress.advance }).finally(progress.done);
  // Notes quote careers and file names from the exports.
  for (const note of result.notes) io.stderr.write(`${escapeTerminal(note)}\n`);
  if (out === undefined) io.stdout.write(result.output);
  else await writeFileSafely(out, result.output, writing);
}
