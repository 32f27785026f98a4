// Finds program folders (holding a program.yaml) and knowledge maps (holding a map.yaml) below the paths given to `check`.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareText } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';

export const PROGRAM_FILE_NAME = 'program.yaml';

/** The repository settings of `check`; it may sit beside a program.yaml without joining the program. */
export const CONFIG_FILE_NAME = 'curriculum.config.yaml';

/** A folder holding it is a knowledge map (docs/maps.md); a program folder never reads it as a program file. */
export const MAP_FILE_NAME = 'map.yaml';

/** The program and knowledge-map folders found below some paths: absolute, sorted, deduplicated. */
export interface FoundFolders {
  programs: string[];
  maps: string[];
}

/**
 * The absolute paths of the program folders found below `paths` (resolved against `cwd`),
 * sorted and deduplicated. Throws a UserError for a path that does not exist, or when no
 * program is found at all.
 */
export async function discoverPrograms(paths: readonly string[], cwd: string): Promise<string[]> {
  const { programs } = await discoverFolders(paths, cwd, false);
  if (programs.length === 0) throw new UserError(`No program found under ${quoted(paths)}: a program folder holds a ${PROGRAM_FILE_NAME}.`);
  return programs;
}

/**
 * The program folders (holding a program.yaml) and knowledge-map folders (holding a
 * map.yaml) below `paths`, in one walk. A path may be a folder (searched recursively;
 * `node_modules`, dot-folders and symbolic links to folders are skipped below it) or a file
 * inside such a folder, which stands for that folder. Throws a UserError for a path that does
 * not exist, or, when `required`, when nothing is found at all.
 */
export async function discoverFolders(paths: readonly string[], cwd: string, required = true): Promise<FoundFolders> {
  const given = paths.length > 0 ? paths : ['.'];
  const found = { programs: new Set<string>(), maps: new Set<string>() };
  for (const entry of given) {
    const absolute = path.resolve(cwd, entry);
    const stats = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UserError(`Path "${entry}" does not exist.`);
      throw new UserError(`Cannot read "${entry}": ${error.message}.`);
    });
    if (stats.isDirectory()) await collect(absolute, entry, found);
    else {
      const dir = path.dirname(absolute);
      if (await holdsFile(dir, PROGRAM_FILE_NAME)) found.programs.add(dir);
      if (await holdsFile(dir, MAP_FILE_NAME)) found.maps.add(dir);
    }
  }
  if (required && found.programs.size === 0 && found.maps.size === 0) {
    throw new UserError(
      `No program found under ${quoted(given)}: a program folder holds a ${PROGRAM_FILE_NAME} (a knowledge map folder, a ${MAP_FILE_NAME}).`,
    );
  }
  return { programs: [...found.programs].sort(compareText), maps: [...found.maps].sort(compareText) };
}

function quoted(paths: readonly string[]): string {
  return (paths.length > 0 ? paths : ['.']).map((p) => `"${p}"`).join(', ');
}

async function collect(dir: string, shown: string, found: { programs: Set<string>; maps: Set<string> }): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: Error) => {
    throw new UserError(`Cannot read folder "${shown}": ${error.message}.`);
  });
  if (entries.some((e) => e.name === PROGRAM_FILE_NAME && !e.isDirectory())) found.programs.add(dir);
  if (entries.some((e) => e.name === MAP_FILE_NAME && !e.isDirectory())) found.maps.add(dir);
  const folders = entries.filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'));
  for (const folder of folders) await collect(path.join(dir, folder.name), path.join(shown, folder.name), found);
}

async function holdsFile(dir: string, name: string): Promise<boolean> {
  const stats = await stat(path.join(dir, name)).catch(() => undefined);
  return stats?.isFile() ?? false;
}
