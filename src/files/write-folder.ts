// Writes several files of one folder all or nothing: every file goes to a temporary folder
// first, and only when all are written are they moved into place. A full disk or a kill
// half-way leaves the target as it was (the signal handler removes the temporary folder).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors/user-error.js';
import { trackTemporary, untrackTemporary } from './temporary-paths.js';
import { describeWriteError } from './write-errors.js';

/** One file to write: a name directly inside the folder, and its text. */
export interface FolderFile {
  name: string;
  text: string;
}

/**
 * Writes `files` into `dir` (absolute; `shown` names it in messages). A folder that does
 * not exist is made whole in a temporary sibling and renamed into place; in an existing folder the files are written in a temporary folder inside it, then each renamed.
 * Whether existing files may be replaced is the caller's decision, made before.
 */
export async function writeFolder(dir: string, files: readonly FolderFile[], shown: string): Promise<void> {
  const fail = (error: unknown): never => {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot write into "${shown}": ${describeWriteError(error as NodeJS.ErrnoException)}.`);
  };
  const existing = await stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  const whole = !existing;
  const parent = whole ? path.dirname(dir) : dir;
  await mkdir(parent, { recursive: true }).catch(fail);
  const temporary = path.join(parent, `.${whole ? path.basename(dir) : 'curriculum'}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporary(temporary);
  try {
    await mkdir(temporary);
    for (const file of files) await writeFile(path.join(temporary, file.name), file.text, { flag: 'wx' });
    if (whole) {
      await rename(temporary, dir);
    } else {
      for (const file of files) await rename(path.join(temporary, file.name), path.join(dir, file.name));
      await rmdir(temporary);
    }
  } catch (error) {
    // Cleaning up may fail for the reason the write did (a name too long): the write's error is the one to tell.
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    fail(error);
  } finally {
    untrackTemporary(temporary);
  }
}
