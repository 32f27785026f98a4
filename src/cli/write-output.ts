// Writing results: atomically (temp file + rename), and never over a file we did not write.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

export interface WriteOptions {
  force: boolean;
  /** Recognises a file this tool generated earlier, which may be replaced without `--force`. */
  isOwnFile: (existingText: string) => boolean;
}

export async function writeFileSafely(target: string, text: string, options: WriteOptions): Promise<void> {
  const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'EISDIR') throw new UserError(`Output "${target}" is a directory; give a file name.`);
    throw new UserError(`Cannot read "${target}": ${error.message}.`);
  });
  if (existing !== undefined && !options.force && !options.isOwnFile(existing)) {
    throw new UserError(`"${target}" already exists and was not written by curriculum; use --force to overwrite it.`);
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`Cannot write "${target}": ${(error as Error).message}.`);
  }
}
