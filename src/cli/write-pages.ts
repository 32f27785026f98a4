// Writes pages all or nothing: every target is checked before the first is written, each atomically.
import { assertWritable, writeAtomically } from '../write-file.js';
import { isGenerated } from '../render/marker.js';

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
  for (const page of pages) await assertWritable(page.path, { force, isOwnFile: isGenerated, shownAs: page.display, owner: 'curriculum render' });
  for (const page of pages) await writeAtomically(page.path, page.text, page.display);
}
