// The body of `render`, loaded only when the command runs: check, build outlines and maps, render, write.
import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { checkRepository } from '../../check/check-repository.js';
import type { LoadedConfig } from '../../check/load-config.js';
import { RULES } from '../../check/registry.js';
import { UserError } from '../../errors/user-error.js';
import { escapeTerminal } from '../../escape/terminal.js';
import { writeOutput } from '../../files/write-output.js';
import { toProgram } from '../../load/index.js';
import type { MarketData } from '../../market/market-data.js';
import { buildMap } from '../../render/build-map.js';
import { buildOutline } from '../../render/build-outline.js';
import { compileTemplates } from '../../render/compile-templates.js';
import { loadTemplates, PAGES } from '../../render/load-templates.js';
import { isGenerated } from '../../render/marker.js';
import { buildIndex, type RenderFormat, renderIndexPage, renderMapPage, renderProgramPage } from '../../render/render-pages.js';
import { FORMATTERS } from '../../report/index.js';
import { plural } from '../../text/plural.js';
import { packageVersion } from '../package-version.js';
import { assertPath } from '../path-argument.js';
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

/** An empty program folder or --out (an unset shell variable) would render the current folder, or into it. */
export function assertRenderPaths(programDir: string, flags: RenderFlags): void {
  assertPath(programDir, 'The program folder of render');
  if (flags.out !== undefined) assertPath(flags.out, '--out', 'give a file or folder name');
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
  const pageCount = result.programs.length + result.maps.length;
  const several = pageCount > 1;
  const toFolder = target !== undefined && (several || /[\\/]$/.test(out ?? '') || (await isFolder(target)));
  const format = flags.format ?? (target && !toFolder ? formatOf(target) : undefined) ?? 'md';
  const coverage = new Map(result.market?.map((summary) => [summary.program, summary]));
  const outlines = result.programs.map((program) => {
    const strict = toProgram(program.model);
    return buildOutline(strict, coverage.get(strict.program.id) ?? null);
  });
  const maps = result.maps.map((map) => {
    if (!map.strict) throw new Error(`Map "${map.file}" has no errors but does not pass the schema.`);
    return buildMap(map.strict, result.courses);
  });
  const templates = format === 'json' ? undefined : await loadTemplates(format, flags.templates, io.cwd);
  for (const file of templates?.unused ?? []) {
    const names = `${PAGES.map((page) => `${page}.${format}.hbs`).join(', ')}, or a partial _<name>.${format}.hbs`;
    io.stderr.write(`Template "${escapeTerminal(file)}" is not used: a template is named ${names}.\n`);
  }
  const renderer = templates === undefined ? undefined : compileTemplates(templates);
  const pages = [
    ...outlines.map((outline, i) => ({
      kind: 'program' as const,
      id: outline.program.id,
      folder: result.programs[i]!.dir,
      render: () => renderProgramPage(outline, format, renderer),
    })),
    ...maps.map((map, i) => ({
      kind: 'map' as const,
      id: map.map.id,
      folder: result.maps[i]!.dir,
      render: () => renderMapPage(map, format, renderer),
    })),
  ];

  if (target === undefined) {
    if (several)
      throw new UserError(`"${programDir}" holds ${holdings(outlines.length, maps.length)}: use --out <folder> to render a page for each.`);
    io.stdout.write(pages[0]!.render());
    return 0;
  }
  const show = (path: string) => relative(io.cwd, path).split(sep).join('/') || '.';
  // The output as the user typed it (`/srv/site`, not `../../srv/site`), without a final separator.
  const shownOut = out!.replace(/(?<=.)[\\/]+$/, '');
  const force = flags.force === true;
  if (!toFolder) {
    const text = pages[0]!.render();
    await writeOutput(target, text, { force, isOwnFile: isGenerated, shownAs: shownOut, owner: 'curriculum render' });
    return 0;
  }
  if (await isFile(target)) throw new UserError(`--out "${flags.out}" must be a folder to hold one page per program.`);
  assertDistinctIds(pages.map((page) => ({ kind: page.kind, id: page.id, folder: show(page.folder) })));
  const written: Page[] = pages.map((page) => {
    if (page.id === 'index' && outlines.length > 0) {
      throw new UserError(`${capitalised(page.kind)} id "index" clashes with the index page "index.${format}".`);
    }
    return { name: `${page.id}.${format}`, text: page.render() };
  });
  if (outlines.length > 0)
    written.push({ name: `index.${format}`, text: renderIndexPage(buildIndex(outlines, maps, format), format, renderer) });
  await writePages(target, shownOut, written, force);
  return 0;
}

/** `2 programs`, `1 knowledge map`, `2 programs and 1 knowledge map`. */
function holdings(programs: number, maps: number): string {
  const parts = [...(programs > 0 ? [plural(programs, 'program')] : []), ...(maps > 0 ? [plural(maps, 'knowledge map')] : [])];
  return parts.join(' and ');
}

/**
 * Pages are named by program or map id: two sharing one (a program and a map, or two with
 * rule duplicate-id switched off) would silently overwrite each other's page.
 */
function assertDistinctIds(pages: readonly { kind: 'program' | 'map'; id: string; folder: string }[]): void {
  const first = new Map<string, { kind: 'program' | 'map'; folder: string }>();
  for (const { kind, id, folder } of pages) {
    const other = first.get(id);
    if (other !== undefined) {
      const both =
        other.kind === kind ? `${capitalised(kind)}s "${other.folder}" and "${folder}"` : `Program "${other.folder}" and map "${folder}"`;
      throw new UserError(`${both} both have the id "${id}"; give each its own id to render them to one folder.`);
    }
    first.set(id, { kind, folder });
  }
}

function capitalised(word: string): string {
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
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
