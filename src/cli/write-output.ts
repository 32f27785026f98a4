// Results written to a file atomically (temp file + rename), never over a file that
// exists unless the user says --force: the tool cannot tell its own outputs from a user's file.
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/** `shownAs` is the name the user gave, for messages. */
export async function writeOutput(file: string, text: string, force: boolean, shownAs = file): Promise<void> {
  if (!force && existsSync(file)) throw new UserError(`Output file "${shownAs}" already exists; add --force to overwrite it.`);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`Cannot write "${shownAs}": ${(error as Error).message}.`);
  }
}
