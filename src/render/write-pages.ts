// Writes pages all or nothing: every target is checked before the first is written, each atomically.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { isGenerated } from './marker.js';

export interface Page {
  /** Absolute path of the file to write. */
  path: string;
  /** The path as the user sees it, for messages. */
  display: string;
  text: string;
}

/**
 * Refuses, before writing anything, when a target is a folder or a file render did not write
 * (unless `force`); then writes each page through a temporary file and a rename.
 */
export async function writePages(pages: readonly Page[], force: boolean): Promise<void> {
  for (const page of pages) {
    const existing = await readFile(page.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      if (error.code === 'EISDIR') throw new UserError(`Output "${page.display}" is a folder; give a file name.`);
      throw new UserError(`Cannot read "${page.display}": ${error.message}.`);
    });
    if (existing !== undefined && !force && !isGenerated(existing)) {
      throw new UserError(`File "${page.display}" already exists and was not written by curriculum render; use --force to overwrite it.`);
    }
  }
  for (const page of pages) await writeFileAtomic(page, page.text);
}

/** Writes a temporary file beside the target and renames it over: readers never see half a file. */
export async function writeFileAtomic(page: Pick<Page, 'path' | 'display'>, text: string): Promise<void> {
  const dir = dirname(page.path);
  await mkdir(dir, { recursive: true }).catch((error: Error) => {
    throw new UserError(`Cannot create folder for "${page.display}": ${error.message}.`);
  });
  const temporary = join(dir, `.${basename(page.path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, page.path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`Cannot write "${page.display}": ${(error as Error).message}.`);
  }
}
