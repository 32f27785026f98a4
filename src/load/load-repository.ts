// Loads every program found below the paths given to `check`.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../files/read-regular-file.js';
import { repositoryRoot } from '../files/repository-root.js';
import { discoverPrograms } from './discover-programs.js';
import { loadProgram } from './load-program.js';
import type { LoadedProgram, Repository } from './types.js';

/**
 * Discovers the program folders below `paths` (relative to `cwd`) and loads each, in path
 * order. Programs load one after the other (the files of one program concurrently, the next
 * one's while this one is used), so a repository of hundreds of programs never holds more
 * than two folders' files open. A program's files are read only inside the repository
 * being checked: the git repository holding the path given, or that path itself outside git.
 */
export async function loadRepository(paths: readonly string[], cwd: string): Promise<Repository> {
  const programs: LoadedProgram[] = [];
  for await (const program of eachProgram(paths, cwd)) programs.push(program);
  return { programs };
}

/** The same programs, loaded as iterated: `check` drops each once checked, so memory does not grow with programs. */
export async function* eachProgram(paths: readonly string[], cwd: string): AsyncIterableIterator<LoadedProgram> {
  const dirs = await discoverPrograms(paths, cwd);
  const roots = await Promise.all((paths.length > 0 ? paths : ['.']).map((entry) => rootOf(path.resolve(cwd, entry))));
  const load = async (dir: string) => {
    const real = await realpath(dir);
    return loadProgram(dir, cwd, roots.find((root) => isInside(real, root)) ?? real);
  };
  // The next program's files are read while this one is checked: two programs at most are held.
  let next = dirs.length > 0 ? load(dirs[0]!) : undefined;
  for (let i = 0; next !== undefined; i++) {
    const program = await next;
    next = i + 1 < dirs.length ? load(dirs[i + 1]!) : undefined;
    // A failure surfaces when the program is awaited; until then it is not an unhandled rejection.
    next?.catch(() => undefined);
    yield program;
  }
}

async function rootOf(given: string): Promise<string> {
  const isFolder = await stat(given).then((info) => info.isDirectory());
  return repositoryRoot(isFolder ? given : path.dirname(given));
}
