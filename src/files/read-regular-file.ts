// Reads a file that a repository or a flag names, as an attacker could shape it: only a
// regular file (a FIFO would hang, /dev/zero never ends), bounded by the bytes actually
// read (devices report a size of 0), and never through a link that leaves the repository.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors/user-error.js';

export interface ReadLimits {
  /** Refuse the file beyond this many bytes. */
  maxBytes: number;
  /** What such files are called in the size message: "curriculum files", "alias files". */
  kind: string;
  /** A real (symlink-free) folder the file must lie in once its links are resolved. */
  confineTo?: string;
}

/**
 * The bytes of `absolute`; `shown` is how messages name it. The calls are synchronous: the
 * files are small (curriculum files, templates, side tables), and each promise-based call
 * costs the main thread about ten times a synchronous one (`check` of 1,000 programs made
 * 9,000 of them: bench/README.md, issue 13). Asynchronous for callers all the same.
 */
export async function readRegularFile(absolute: string, shown: string, limits: ReadLimits): Promise<Buffer> {
  return readRegularFileNow(absolute, shown, limits);
}

function readRegularFileNow(absolute: string, shown: string, limits: ReadLimits): Buffer {
  if (limits.confineTo !== undefined) assertInsideNow(absolute, shown, limits.confineTo);
  const info = failing(shown, () => statSync(absolute));
  assertRegular(info, shown);
  if (info.size > limits.maxBytes) throw tooLarge(shown, formatSize(info.size), limits);
  // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it does not hang.
  const fd = failing(shown, () => openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY));
  try {
    assertRegular(fstatSync(fd), shown);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 1 << 12), 1 << 20, limits.maxBytes + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      // The file grew since `stat`, or is a link swapped meanwhile: the bound is what was read.
      if (total > limits.maxBytes) throw tooLarge(shown, `over ${formatSize(limits.maxBytes)}`, limits);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(shown, error as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

/** `call()`, its file system error told as "Cannot read ...". */
function failing<T>(shown: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw cannotRead(shown, error as NodeJS.ErrnoException);
  }
}

/**
 * Fails unless `absolute`, its links resolved, lies inside the real folder `root`: a link in
 * a pull request must not read `/proc/self/environ` or `/etc/passwd` into public CI output.
 */
export async function assertInside(absolute: string, shown: string, root: string): Promise<void> {
  assertInsideNow(absolute, shown, root);
}

function assertInsideNow(absolute: string, shown: string, root: string): void {
  const real = failing(shown, () => realpathSync.native(absolute));
  if (isInside(real, root)) return;
  throw new UserError(
    `Cannot read "${shown}": it leads to "${real}", outside the repository "${root}"; curriculum follows links only inside it.`,
  );
}

export function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function tooLarge(shown: string, size: string, limits: ReadLimits): UserError {
  return new UserError(`File "${shown}" is ${size}; ${limits.kind} are limited to ${formatSize(limits.maxBytes)}.`);
}

function assertRegular(info: Stats, shown: string): void {
  if (info.isFile()) return;
  throw new UserError(`Cannot read "${shown}": it is ${describeKind(info)}, not a regular file.`);
}

/** "a folder", "a named pipe (FIFO)", ... for messages. */
export function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

const REASONS = new Map([
  ['ENOENT', 'no such file'],
  ['EACCES', 'permission denied'],
  ['EISDIR', 'it is a folder'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['ENOTDIR', 'a part of the path is not a folder'],
]);

export function cannotRead(shown: string, error: NodeJS.ErrnoException): UserError {
  const reason = (error.code !== undefined && REASONS.get(error.code)) || error.message;
  return new UserError(`Cannot read "${shown}": ${reason}.`);
}

/** Sizes as file managers show them (units of 2^10 bytes): "52.4 MB", "5 MB", "12 KB", "100 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [size, unit] = bytes < 2 ** 20 ? [bytes / 1024, 'KB'] : [bytes / 2 ** 20, 'MB'];
  return `${Math.round(size * 10) / 10} ${unit}`;
}
