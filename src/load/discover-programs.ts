// Finds program folders (folders holding a program.yaml) below the paths given to `check`.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareText } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';

export const PROGRAM_FILE_NAME = 'program.yaml';

/** The repository settings of `check`; it may sit beside a program.yaml without joining the program. */
export const CONFIG_FILE_NAME = 'curriculum.config.yaml';

/**
 * The absolute paths of the program folders found below `paths` (resolved against `cwd`),
 * sorted and deduplicated. A path may be a folder (searched recursively; `node_modules`,
 * dot-folders and symbolic links to folders are skipped below it) or a file inside a program
 * folder, which stands for that folder. Throws a UserError for a path that does not exist,
 * or when no program is found at all.
 */
export async function discoverPrograms(paths: readonly string[], cwd: string): Promise<string[]> {
  const given = paths.length > 0 ? paths : ['.'];
  const found = new Set<string>();
  for (const entry of given) {
    const absolute = path.resolve(cwd, entry);
    const stats = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UserError(`Path "${entry}" does not exist.`);
      throw new UserError(`Cannot read "${entry}": ${error.message}.`);
    });
    if (stats.isDirectory()) await collect(absolute, entry, found);
    else if (await holdsProgram(path.dirname(absolute))) found.add(path.dirname(absolute));
  }
  if (found.size === 0) {
    const names = given.map((p) => `"${p}"`).join(', ');
    throw new UserError(`No program found under ${names}: a program folder holds a ${PROGRAM_FILE_NAME}.`);
  }
  return [...found].sort(compareText);
}

async function collect(dir: string, shown: string, found: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: Error) => {
    throw new UserError(`Cannot read folder "${shown}": ${error.message}.`);
  });
  if (entries.some((e) => e.name === PROGRAM_FILE_NAME && !e.isDirectory())) found.add(dir);
  const folders = entries.filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'));
  for (const folder of folders) await collect(path.join(dir, folder.name), path.join(shown, folder.name), found);
}

async function holdsProgram(dir: string): Promise<boolean> {
  const stats = await stat(path.join(dir, PROGRAM_FILE_NAME)).catch(() => undefined);
  return stats?.isFile() ?? false;
}
