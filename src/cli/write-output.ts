// Results written to a file atomically (temp file + rename), never over a file that
// exists unless the user says --force: the tool cannot tell its own outputs from a user's file.
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/** Fails early, before any work, when `file` exists and --force is absent. `shownAs` names it in messages. */
export function assertWritable(file: string, force: boolean, shownAs = file): void {
  if (!force && existsSync(file)) throw new UserError(`Output file "${shownAs}" already exists; add --force to overwrite it.`);
}

export async function writeOutput(file: string, text: string, force: boolean, shownAs = file): Promise<void> {
  assertWritable(file, force, shownAs);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`Cannot write "${shownAs}": ${(error as Error).message}.`);
  }
}
