// Reads one curriculum or settings file as UTF-8 text, refusing what cannot be one.

import { UserError } from '../errors/user-error.js';
import { type NotUtf8, notUtf8 } from '../files/first-non-utf8.js';
import { readRegularFile } from '../files/read-regular-file.js';

// diff reads revisions through load (it may not import files/) and names bad bytes the same way.
export { type NotUtf8, notUtf8 };

/** 5 MiB: a curriculum file is a few KB; anything near this is not one. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The text of `absolute`; `file` is its display path for messages. Only a regular file of
 * at most MAX_FILE_BYTES, inside `root` (a real path) once links are resolved when given,
 * and UTF-8 text: anything else is refused rather than read garbled.
 */
export async function readSource(absolute: string, file: string, root?: string): Promise<string> {
  const { text, notUtf8: bad } = await readSourceText(absolute, file, root);
  if (bad === undefined) return text;
  throw new UserError(`File "${file}"${bad.where ? `, ${bad.where}` : ''} ${bad.message}; save it as UTF-8.`);
}

/**
 * Like readSource, but a file that is not UTF-8 comes back decoded (U+FFFD for its bad bytes)
 * with where its first bad byte is: `check` reports it as a `yaml-syntax` error of that file
 * and goes on with the other programs.
 */
export async function readSourceText(absolute: string, file: string, root?: string): Promise<{ text: string; notUtf8?: NotUtf8 }> {
  const bytes = await readRegularFile(absolute, file, { maxBytes: MAX_FILE_BYTES, kind: 'curriculum files', confineTo: root });
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = notUtf8(bytes);
  return bad === undefined ? { text } : { text, notUtf8: bad };
}
