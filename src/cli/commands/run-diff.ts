// The body of `diff`, loaded only when the command runs: load both versions, compare, write.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadCheckConfig } from '../../check/load-config.js';
import { roundShare } from '../../demand/job-demand.js';
import { compareVersions, WORKING_TREE } from '../../diff/compare-versions.js';
import { formatDiffMarkdown } from '../../diff/format-markdown.js';
import { loadFolderVersion, loadRevisionVersion, type Version } from '../../diff/load-version.js';
import type { ProgramMarket } from '../../diff/measure-figures.js';
import type { FileSample } from '../../files/write-output.js';
import { type GitRepository, openRepository } from '../../git/read-revision.js';
import { measureCoverage } from '../../market/market-coverage.js';
import type { MarketData } from '../../market/market-data.js';
import type { Io } from '../io.js';
import { loadMarket, type MarketFlags } from '../load-market.js';
import { assertOutputWritable, outputOf, writeResult } from '../output.js';
import { assertPath } from '../path-argument.js';

export interface DiffFlags extends MarketFlags {
  format: 'md' | 'json';
  out?: string;
  exitCode?: boolean;
  config?: string;
  force?: boolean;
}

/** Compares `old` with `new` (default: the working tree); 1 with `--exit-code` when something changed. */
export async function runDiff([old, current]: [string, string?], paths: string[], flags: DiffFlags, io: Io): Promise<number> {
  for (const given of [old, current, ...paths])
    if (given !== undefined)
      assertPath(given, 'A version or path given to diff', 'give a git revision or a folder ("." for the current folder)');
  const output = outputOf(flags.out, io.cwd, { force: flags.force === true, isOwnFile: looksLikeDiff, owner: 'curriculum diff' });
  await assertOutputWritable(output);
  let repository: GitRepository | undefined;
  const load = async (given: string): Promise<Version> => {
    if (await isFolder(path.resolve(io.cwd, given))) return loadFolderVersion(paths, path.resolve(io.cwd, given), `folder "${given}"`);
    repository ??= await openRepository(io.cwd, '.');
    return loadRevisionVersion(repository, given, paths, io.cwd);
  };
  const before = await load(old);
  const after = current === undefined ? await loadFolderVersion(paths, io.cwd, 'the working tree') : await load(current);
  const settings = await loadCheckConfig(io.cwd, flags.config, paths[0]);
  const market = await loadMarket(flags, settings, io);
  const { report, titles } = compareVersions(before, after, { from: old, to: current ?? WORKING_TREE }, market && coverageOf(market));
  const text = flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDiffMarkdown(report, titles);
  await writeResult(output, text, io);
  return flags.exitCode === true && report.programs.length > 0 ? 1 : 0;
}

/** A program's coverage of its job's demand, rounded as `check` prints it; null when no posting is for its job. */
function coverageOf(market: MarketData): ProgramMarket {
  return (model) => {
    const demand = typeof model.program.job === 'string' ? market.demandFor(model.program.job) : undefined;
    if (demand === undefined) return null;
    const options = { threshold: market.threshold, aliases: market.skillAliases, normalize: market.normalizeSkill };
    return roundShare(measureCoverage(model, demand, options).coverage);
  };
}

/** A diff an earlier `diff --out` wrote may be replaced without --force. */
function looksLikeDiff({ head }: FileSample): boolean {
  return head.startsWith('## Curriculum changes from ') || /^\{\s*"from": .*\n\s*"to": /.test(head);
}

async function isFolder(absolute: string): Promise<boolean> {
  return stat(absolute).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
