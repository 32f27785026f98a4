// Writing results: atomically (temporary file + rename) over regular files, straight into
// devices and pipes (`-o /dev/null`, `/dev/stdout`), and never over a file we did not write.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors/user-error.js';
import { trackTemporary, untrackTemporary } from './temporary-paths.js';
import { describeWriteError } from './write-errors.js';

/** The start and end of an existing file, enough to recognise our own outputs without reading it all. */
export interface FileSample {
  /** At most the first 64 KiB, decoded as UTF-8. */
  head: string;
  /** At most the last 4 KiB. */
  tail: string;
  /** Size in bytes. */
  size: number;
}

export interface WriteOptions {
  force: boolean;
  /** Recognises a file this tool generated earlier, which may be replaced without `--force`. */
  isOwnFile: (sample: FileSample) => boolean;
  /** How messages name the file (default: its path). */
  shownAs?: string;
  /** The command whose files `isOwnFile` recognises, named in the refusal ("curriculum render"). */
  owner?: string;
}

/** How a target is written: a new or replaced regular file (atomically), or into a device or pipe. */
export type WriteMode = 'atomic' | 'into';

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 4 * 1024;

/**
 * Fails before any work is done when `target` is a folder, or a regular file that is not
 * ours while `--force` is absent. Devices and pipes are written into, never replaced.
 */
export async function assertWritable(target: string, options: WriteOptions): Promise<WriteMode> {
  const shown = options.shownAs ?? target;
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UserError(`Cannot write "${shown}": ${describeWriteError(error)}.`);
  });
  if (info === undefined) return 'atomic';
  if (info.isDirectory()) throw new UserError(`Output "${shown}" is a folder; give a file name.`);
  if (!info.isFile()) return 'into';
  if (!options.force && !options.isOwnFile(await sampleFile(target, info.size, shown))) {
    const whose = options.owner === undefined ? '' : ` and was not written by ${options.owner}`;
    throw new UserError(`File "${shown}" already exists${whose}; use --force to overwrite it.`);
  }
  return 'atomic';
}

/** Checks `target` with `assertWritable`, then writes it. */
export async function writeOutput(target: string, text: string, options: WriteOptions): Promise<void> {
  const shown = options.shownAs ?? target;
  if ((await assertWritable(target, options)) === 'into') await writeInto(target, text, shown);
  else await writeAtomically(target, text, shown);
}

/** Writes a temporary file beside the target and renames it over: readers never see half a file. */
export async function writeAtomically(target: string, text: string, shownAs = target): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`Cannot create the folder of "${shownAs}": ${describeWriteError(error)}.`);
  });
  const temporary = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporary(temporary);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UserError(`Cannot write "${shownAs}": ${describeWriteError(error as NodeJS.ErrnoException)}.`);
  } finally {
    untrackTemporary(temporary);
  }
}

/** Writes into an existing device or pipe, as a shell redirection would. */
async function writeInto(target: string, text: string, shown: string): Promise<void> {
  try {
    const handle = await open(target, constants.O_WRONLY | constants.O_NOCTTY);
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UserError(`Cannot write "${shown}": ${describeWriteError(error as NodeJS.ErrnoException)}.`);
  }
}

async function sampleFile(target: string, size: number, shown: string): Promise<FileSample> {
  try {
    const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
      await handle.read(head, 0, head.length, 0);
      const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
      await handle.read(tail, 0, tail.length, size - tail.length);
      return { head: head.toString('utf8'), tail: tail.toString('utf8'), size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UserError(`Cannot read "${shown}": ${describeWriteError(error as NodeJS.ErrnoException)}.`);
  }
}
