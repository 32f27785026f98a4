// Loads every program and knowledge map found below the paths given to `check`.
import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../files/read-regular-file.js';
import { repositoryRoot } from '../files/repository-root.js';
import { discoverFolders } from './discover-programs.js';
import { loadMap } from './load-map.js';
import { buildRead, type ReadProgram, readProgramFiles } from './load-program.js';
import type { LoadedMap, LoadedProgram, Repository } from './types.js';

/** The program and map folders below the paths given, and the repository each is read inside. */
export interface RepositoryFolders {
  programs: readonly string[];
  maps: readonly string[];
  /** The root a folder's files must stay inside: the git repository holding the path given, or that path outside git. */
  rootFor(dir: string): Promise<string>;
}

/** Discovers the program and knowledge-map folders below `paths` (relative to `cwd`), in path order; `required`: none found is an error. */
export async function findFolders(paths: readonly string[], cwd: string, required = true): Promise<RepositoryFolders> {
  const dirs = await discoverFolders(paths, cwd, required);
  const roots = await Promise.all((paths.length > 0 ? paths : ['.']).map((entry) => rootOf(path.resolve(cwd, entry))));
  const rootFor = async (dir: string) => {
    const real = realpathSync.native(dir);
    return roots.find((root) => isInside(real, root)) ?? real;
  };
  return { programs: dirs.programs, maps: dirs.maps, rootFor };
}

/** Every program and map below `paths` (or in `found`, folders already discovered), all held at once (render and diff need them together). */
export async function loadRepository(paths: readonly string[], cwd: string, found?: RepositoryFolders): Promise<Repository> {
  const folders = found ?? (await findFolders(paths, cwd));
  const programs: LoadedProgram[] = [];
  for await (const program of eachProgram(folders, cwd)) programs.push(program);
  return { programs, maps: await loadMaps(folders, cwd) };
}

/** Programs whose files are read ahead of the one being parsed and checked. */
const READ_AHEAD = 8;

/**
 * The programs, loaded as iterated: `check` drops each once checked, so memory does not grow
 * with programs. The files of the next READ_AHEAD programs are read while one is parsed and
 * used (reading one program ahead left the process waiting on the disk 11% of the time);
 * programs are parsed one at a time, so one program at most is held parsed besides the texts.
 */
export async function* eachProgram(folders: RepositoryFolders, cwd: string): AsyncIterableIterator<LoadedProgram> {
  const dirs = folders.programs;
  const read = async (dir: string) => readProgramFiles(dir, cwd, await folders.rootFor(dir));
  const ahead: Promise<ReadProgram>[] = [];
  let next = 0;
  const fill = () => {
    while (next < dirs.length && ahead.length < READ_AHEAD) {
      const pending = read(dirs[next++]!);
      // A failure surfaces when the program is awaited; until then it is not an unhandled rejection.
      pending.catch(() => undefined);
      ahead.push(pending);
    }
  };
  fill();
  while (ahead.length > 0) {
    const files = await ahead.shift()!;
    fill();
    yield buildRead(files);
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
