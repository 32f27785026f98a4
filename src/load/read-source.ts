// Reads one curriculum file as UTF-8 text, refusing files too big to be a curriculum.
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** 5 MiB: a curriculum file is a few KB; anything near this is not one. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The text of `absolute`; `file` is its display path for messages. Checks the size before
 * reading, and refuses text that is not UTF-8 rather than reading it garbled.
 */
export async function readSource(absolute: string, file: string): Promise<string> {
  try {
    const { size } = await stat(absolute);
    if (size > MAX_FILE_BYTES) {
      const limit = formatMegabytes(MAX_FILE_BYTES);
      throw new UserError(`File "${file}" is ${formatMegabytes(size)}; curriculum files are limited to ${limit}.`);
    }
    const bytes = await readFile(absolute);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UserError(`File "${file}" is not UTF-8 text; save it as UTF-8.`);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read "${file}": ${(error as Error).message}.`);
  }
}

/** Sizes in MB of 2^20 bytes, as file managers show them: "52.4 MB", "5 MB". */
function formatMegabytes(bytes: number): string {
  const megabytes = Math.round((bytes / 2 ** 20) * 10) / 10;
  return `${megabytes} MB`;
}
