// Reads one curriculum or settings file as UTF-8 text, refusing what cannot be one.

import { UserError } from '../errors/user-error.js';
import { readRegularFile } from '../files/read-regular-file.js';

/** 5 MiB: a curriculum file is a few KB; anything near this is not one. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The text of `absolute`; `file` is its display path for messages. Only a regular file of
 * at most MAX_FILE_BYTES, inside `root` (a real path) once links are resolved when given,
 * and UTF-8 text: anything else is refused rather than read garbled.
 */
export async function readSource(absolute: string, file: string, root?: string): Promise<string> {
  const bytes = await readRegularFile(absolute, file, { maxBytes: MAX_FILE_BYTES, kind: 'curriculum files', confineTo: root });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`File "${file}" is not UTF-8 text; save it as UTF-8.`);
  }
}
