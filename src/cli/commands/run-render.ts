// The body of `render`, loaded only when the command runs: check, build outlines, render, write.
import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { checkRepository } from '../../check/check-repository.js';
import type { LoadedConfig } from '../../check/load-config.js';
import { RULES } from '../../check/registry.js';
import { UserError } from '../../errors/user-error.js';
import { writeOutput } from '../../files/write-output.js';
import { toProgram } from '../../load/index.js';
import type { MarketData } from '../../market/market-data.js';
import { buildOutline } from '../../render/build-outline.js';
import { compileTemplates } from '../../render/compile-templates.js';
import { loadTemplates } from '../../render/load-templates.js';
import { isGenerated } from '../../render/marker.js';
import { buildIndex, type RenderFormat, renderIndexPage, renderProgramPage } from '../../render/render-pages.js';
import { FORMATTERS } from '../../report/index.js';
import { packageVersion } from '../package-version.js';
import { type Page, writePages } from '../write-pages.js';

export interface RenderFlags {
  format?: RenderFormat;
  out?: string;
  templates?: string;
  force?: boolean;
}

/** What `render` needs from the outside world; `color` is decided by the CLI for stderr. */
export interface RenderIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  color: boolean;
}

/**
 * Renders the programs below `programDir`; returns 1 (nothing rendered) when `check` finds
 * errors. `check` carries the settings and market data the CLI loaded.
 */
export async function runRender(
  programDir: string,
  flags: RenderFlags,
  io: RenderIo,
  check: { settings?: LoadedConfig; market?: MarketData } = {},
): Promise<number> {
  const result = await checkRepository([programDir], { cwd: io.cwd, ...check, keepPrograms: true });
  if (result.diagnostics.length > 0) {
    const context = {
      rules: RULES,
      summary: result.summary,
      color: io.color,
      sources: result.sources,
      toolVersion: packageVersion(),
      market: result.market,
    };
    io.stderr.write(FORMATTERS.stylish(result.diagnostics, context));
  }
  if (result.summary.errors > 0) return 1;

  // `/dev/stdout` cannot be opened when stdout is a socket (as under Node's child processes).
  const out = flags.out === '/dev/stdout' ? undefined : flags.out;
  const target = out === undefined ? undefined : resolve(io.cwd, out);
  const several = result.programs.length > 1;
  const toFolder = target !== undefined && (several || /[\\/]$/.test(out ?? '') || (await isFolder(target)));
  const format = flags.format ?? (target && !toFolder ? formatOf(target) : undefined) ?? 'md';
  const coverage = new Map(result.market?.map((summary) => [summary.program, summary]));
  const outlines = result.programs.map((program) => {
    const strict = toProgram(program.model);
    return buildOutline(strict, coverage.get(strict.program.id) ?? null);
  });
  const renderer = format === 'json' ? undefined : compileTemplates(await loadTemplates(format, flags.templates, io.cwd));

  if (target === undefined) {
    if (several) {
      throw new UserError(`"${programDir}" holds ${outlines.length} programs: use --out <folder> to render a page for each.`);
    }
    io.stdout.write(renderProgramPage(outlines[0]!, format, renderer));
    return 0;
  }
  const show = (path: string) => relative(io.cwd, path).split(sep).join('/') || '.';
  const force = flags.force === true;
  if (!toFolder) {
    const text = renderProgramPage(outlines[0]!, format, renderer);
    await writeOutput(target, text, { force, isOwnFile: isGenerated, shownAs: show(target), owner: 'curriculum render' });
    return 0;
  }
  if (await isFile(target)) throw new UserError(`--out "${flags.out}" must be a folder to hold one page per program.`);
  assertDistinctIds(result.programs.map((program, i) => ({ id: outlines[i]!.program.id, folder: show(program.dir) })));
  const pages: Page[] = outlines.map((outline) => {
    if (outline.program.id === 'index') throw new UserError(`Program id "index" clashes with the index page "index.${format}".`);
    return { name: `${outline.program.id}.${format}`, text: renderProgramPage(outline, format, renderer) };
  });
  pages.push({ name: `index.${format}`, text: renderIndexPage(buildIndex(outlines, format), format, renderer) });
  await writePages(target, show(target), pages, force);
  return 0;
}

/**
 * Pages are named by program id: two programs sharing one (with rule duplicate-id switched
 * off) would silently overwrite each other's page.
 */
function assertDistinctIds(programs: readonly { id: string; folder: string }[]): void {
  const first = new Map<string, string>();
  for (const { id, folder } of programs) {
    const other = first.get(id);
    if (other !== undefined) {
      throw new UserError(
        `Programs "${other}" and "${folder}" both have the id "${id}"; give each its own id to render them to one folder.`,
      );
    }
    first.set(id, folder);
  }
}

/** The format a file name implies: `.md`, `.html` (`.htm`) or `.json`. */
function formatOf(file: string): RenderFormat | undefined {
  const extension = extname(file).toLowerCase();
  return extension === '.html' || extension === '.htm' ? 'html' : extension === '.json' ? 'json' : extension === '.md' ? 'md' : undefined;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => !s.isDirectory(),
    () => false,
  );
}
