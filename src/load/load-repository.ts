// Loads every program and knowledge map found below the paths given to `check`.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../files/read-regular-file.js';
import { repositoryRoot } from '../files/repository-root.js';
import { discoverFolders } from './discover-programs.js';
import { loadMap } from './load-map.js';
import { loadProgram } from './load-program.js';
import type { LoadedMap, LoadedProgram, Repository } from './types.js';

/**
 * Discovers the program folders below `paths` (relative to `cwd`) and loads each, in path
 * order. Programs load one after the other (the files of one program concurrently), so a
 * repository of hundreds of programs never holds more than one folder's files open. A
 * program's files are read only inside the repository being checked: the git repository
 * holding the path given, or that path itself outside git.
 */
export async function loadRepository(paths: readonly string[], cwd: string): Promise<Repository> {
  const dirs = await discoverFolders(paths, cwd);
  const roots = await Promise.all((paths.length > 0 ? paths : ['.']).map((entry) => rootOf(path.resolve(cwd, entry))));
  const rootFor = async (dir: string) => {
    const real = await realpath(dir);
    return roots.find((root) => isInside(real, root)) ?? real;
  };
  const programs: LoadedProgram[] = [];
  for (const dir of dirs.programs) programs.push(await loadProgram(dir, cwd, await rootFor(dir)));
  const maps: LoadedMap[] = [];
  for (const dir of dirs.maps) maps.push(await loadMap(dir, cwd, await rootFor(dir)));
  return { programs, maps };
}

async function rootOf(given: string): Promise<string> {
  const isFolder = await stat(given).then((info) => info.isDirectory());
  return repositoryRoot(isFolder ? given : path.dirname(given));
}
