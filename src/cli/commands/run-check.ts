// The body of `check`, loaded only when the command runs.
import path from 'node:path';
import { checkRepository } from '../../check/check-repository.js';
import { loadCheckConfig } from '../../check/load-config.js';
import { RULES } from '../../check/registry.js';
import { checkExitCode, countSeverities } from '../../diagnostic.js';
import { FORMATTERS } from '../../report/index.js';
import { wantsColor, type Io } from '../io.js';
import { loadMarket } from '../load-market.js';
import { packageVersion } from '../package-version.js';
import { writeFileSafely } from '../../write-file.js';
import type { CheckFlags } from './check.js';

export async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const settings = await loadCheckConfig(io.cwd, flags.config, paths[0]);
  const market = await loadMarket(flags, settings, io);
  const result = await checkRepository(paths, { cwd: io.cwd, settings, market });
  const diagnostics = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const summary = { ...result.summary, ...countSeverities(diagnostics) };
  const toFile = flags.output !== undefined;
  const report = FORMATTERS[flags.format](diagnostics, {
    rules: RULES,
    summary,
    color: !toFile && wantsColor(io),
    sources: result.sources,
    toolVersion: packageVersion(),
    market: result.market,
  });
  if (flags.output === undefined) io.stdout.write(report);
  else {
    await writeFileSafely(path.resolve(io.cwd, flags.output), report, { force: flags.force === true, isOwnFile: looksLikeCheckReport, shownAs: flags.output, owner: 'curriculum check' });
  }
  return checkExitCode(result.summary, flags.maxWarnings);
}

/** A report an earlier `check --output` wrote, in any format, may be replaced. */
function looksLikeCheckReport(text: string): boolean {
  if (text.trim() === '') return true;
  if (text.includes('"name": "curriculum"') && text.includes('"version": "2.1.0"')) return true;
  if (/^\{\s*"diagnostics": \[/.test(text)) return true;
  const lines = text.trimEnd().split('\n');
  if (lines.every((line) => line.startsWith('::error ') || line.startsWith('::warning '))) return true;
  return /(problems? \(\d+ errors?, \d+ warnings?\)|No problems found)/.test(lines.at(-1) ?? '');
}

