// Loads every program and knowledge map found below the paths given to `check`.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../files/read-regular-file.js';
import { repositoryRoot } from '../files/repository-root.js';
import { discoverFolders } from './discover-programs.js';
import { loadMap } from './load-map.js';
import { loadProgram } from './load-program.js';
import type { LoadedMap, LoadedProgram, Repository } from './types.js';

/** The program and map folders below the paths given, and the repository each is read inside. */
export interface RepositoryFolders {
  programs: readonly string[];
  maps: readonly string[];
  /** The root a folder's files must stay inside: the git repository holding the path given, or that path outside git. */
  rootFor(dir: string): Promise<string>;
}

/** Discovers the program and knowledge-map folders below `paths` (relative to `cwd`), in path order. */
export async function findFolders(paths: readonly string[], cwd: string): Promise<RepositoryFolders> {
  const dirs = await discoverFolders(paths, cwd);
  const roots = await Promise.all((paths.length > 0 ? paths : ['.']).map((entry) => rootOf(path.resolve(cwd, entry))));
  const rootFor = async (dir: string) => {
    const real = await realpath(dir);
    return roots.find((root) => isInside(real, root)) ?? real;
  };
  return { programs: dirs.programs, maps: dirs.maps, rootFor };
}

/** Every program and map below `paths`, all held at once (render and diff need them together). */
export async function loadRepository(paths: readonly string[], cwd: string): Promise<Repository> {
  const folders = await findFolders(paths, cwd);
  const programs: LoadedProgram[] = [];
  for await (const program of eachProgram(folders, cwd)) programs.push(program);
  return { programs, maps: await loadMaps(folders, cwd) };
}

/**
 * The programs, loaded as iterated: `check` drops each once checked, so memory does not grow
 * with programs. The next program's files are read while this one is used: two programs at
 * most are held.
 */
export async function* eachProgram(folders: RepositoryFolders, cwd: string): AsyncIterableIterator<LoadedProgram> {
  const dirs = folders.programs;
  const load = async (dir: string) => loadProgram(dir, cwd, await folders.rootFor(dir));
  let next = dirs.length > 0 ? load(dirs[0]!) : undefined;
  for (let i = 0; next !== undefined; i++) {
    const program = await next;
    next = i + 1 < dirs.length ? load(dirs[i + 1]!) : undefined;
    // A failure surfaces when the program is awaited; until then it is not an unhandled rejection.
    next?.catch(() => undefined);
    yield program;
  }
}

/** The knowledge maps, in path order. */
export async function loadMaps(folders: RepositoryFolders, cwd: string): Promise<LoadedMap[]> {
  const maps: LoadedMap[] = [];
  for (const dir of folders.maps) maps.push(await loadMap(dir, cwd, await folders.rootFor(dir)));
  return maps;
}

async function rootOf(given: string): Promise<string> {
  const isFolder = await stat(given).then((info) => info.isDirectory());
  return repositoryRoot(isFolder ? given : path.dirname(given));
}
