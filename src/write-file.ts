// Writing results: atomically (temp file + rename), and never over a file we did not write.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './errors.js';

export interface WriteOptions {
  force: boolean;
  /** Recognises a file this tool generated earlier, which may be replaced without `--force`. */
  isOwnFile: (existingText: string) => boolean;
  /** How messages name the file (default: its path). */
  shownAs?: string;
  /** The command whose files `isOwnFile` recognises, named in the refusal ("curriculum render"). */
  owner?: string;
}

/** Fails before any work is done when `target` exists, is not ours, and `--force` is absent. */
export async function assertWritable(target: string, options: WriteOptions): Promise<void> {
  const shown = options.shownAs ?? target;
  const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'EISDIR') throw new UserError(`Output "${shown}" is a folder; give a file name.`);
    throw new UserError(`Cannot read "${shown}": ${error.message}.`);
  });
  if (existing !== undefined && !options.force && !options.isOwnFile(existing)) {
    const whose = options.owner === undefined ? '' : ` and was not written by ${options.owner}`;
    throw new UserError(`File "${shown}" already exists${whose}; use --force to overwrite it.`);
  }
}

/** Checks `target` with `assertWritable`, then writes it atomically. */
export async function writeFileSafely(target: string, text: string, options: WriteOptions): Promise<void> {
  await assertWritable(target, options);
  await writeAtomically(target, text, options.shownAs ?? target);
}

/** Writes a temporary file beside the target and renames it over: readers never see half a file. */
export async function writeAtomically(target: string, text: string, shownAs = target): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true }).catch((error: Error) => {
    throw new UserError(`Cannot create the folder of "${shownAs}": ${error.message}.`);
  });
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`Cannot write "${shownAs}": ${(error as Error).message}.`);
  }
}
