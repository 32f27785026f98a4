// Writes render's pages into a folder all or nothing: every target is checked before
// anything is written, then all pages are written together (src/files/write-folder.ts).
import path from 'node:path';
import { UserError } from '../errors/user-error.js';
import { writeFolder } from '../files/write-folder.js';
import { assertWritable } from '../files/write-output.js';
import { isGenerated } from '../render/marker.js';

export interface Page {
  /** The file name inside the output folder. */
  name: string;
  text: string;
}

/**
 * Refuses, before writing anything, when a target is a folder, a device or pipe, or a file
 * render did not write (unless `force`); then writes every page into `dir` together.
 */
export async function writePages(dir: string, shownDir: string, pages: readonly Page[], force: boolean): Promise<void> {
  for (const page of pages) {
    const shown = `${shownDir}/${page.name}`;
    const mode = await assertWritable(path.join(dir, page.name), {
      force,
      isOwnFile: isGenerated,
      shownAs: shown,
      owner: 'curriculum render',
    });
    if (mode === 'into') throw new UserError(`Cannot write "${shown}": it exists and is not a regular file.`);
  }
  await writeFolder(dir, pages, shownDir);
}
