// Reads one curriculum or settings file as UTF-8 text, refusing what cannot be one.

import { isUtf8 } from 'node:buffer';
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
  const { text, notUtf8 } = await readSourceText(absolute, file, root);
  if (notUtf8 === undefined) return text;
  throw new UserError(`File "${file}"${notUtf8.where ? `, ${notUtf8.where}` : ''} ${notUtf8.message}; save it as UTF-8.`);
}

/** A byte that is not UTF-8: where (1-based, undefined when not found) and what to say of it. */
export interface NotUtf8 {
  line: number;
  column: number;
  /** `line 3, column 12`, or '' when the byte was not found. */
  where: string;
  /** `is not UTF-8 text (byte 0xE9)` */
  message: string;
}

/**
 * Like readSource, but a file that is not UTF-8 comes back decoded (U+FFFD for its bad bytes)
 * with where its first bad byte is: `check` reports it as a `yaml-syntax` error of that file
 * and goes on with the other programs.
 */
export async function readSourceText(absolute: string, file: string, root?: string): Promise<{ text: string; notUtf8?: NotUtf8 }> {
  const bytes = await readRegularFile(absolute, file, { maxBytes: MAX_FILE_BYTES, kind: 'curriculum files', confineTo: root });
  const text = new TextDecoder('utf-8').decode(bytes);
  if (isUtf8(bytes)) return { text };
  const bad = firstNonUtf8(bytes);
  const message = `is not UTF-8 text${bad ? ` (${bad.byte})` : ''}`;
  return { text, notUtf8: { line: bad?.line ?? 1, column: bad?.column ?? 1, where: bad?.where ?? '', message } };
}

/**
 * Where the first byte that is not UTF-8 lies (`line 3, column 12`: 1-based, columns in UTF-16
 * code units as in diagnostics) and that byte (`byte 0xE9`); undefined when none is found.
 */
export function firstNonUtf8(bytes: Uint8Array): { line: number; column: number; where: string; byte: string } | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(text.slice(0, index));
    // A U+FFFD written in the file is text; one the decoder put in marks bad bytes.
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    const column = index - Math.max(lineStart, bom) + 1;
    return {
      line,
      column,
      where: `line ${line}, column ${column}`,
      byte: `byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`,
    };
  }
  return undefined;
}
