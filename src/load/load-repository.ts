// Loads every program found below the paths given to `check`.
import { discoverPrograms } from './discover-programs.js';
import { loadProgram } from './load-program.js';
import type { LoadedProgram, Repository } from './types.js';

/**
 * Discovers the program folders below `paths` (relative to `cwd`) and loads each, in path
 * order. Programs load one after the other (the files of one program concurrently), so a
 * repository of hundreds of programs never holds more than one folder's files open.
 */
export async function loadRepository(paths: readonly string[], cwd: string): Promise<Repository> {
  const programs: LoadedProgram[] = [];
  for (const dir of await discoverPrograms(paths, cwd)) programs.push(await loadProgram(dir, cwd));
  return { programs };
}
