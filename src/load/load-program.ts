// Loads one program folder: reads, parses and validates its YAML files, then merges them.
import { type Dirent, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { compareText } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';
import { buildProgram } from './build-program.js';
import { CONFIG_FILE_NAME, MAP_FILE_NAME, PROGRAM_FILE_NAME } from './discover-programs.js';
import { type NotUtf8, readSourceText } from './read-source.js';
import type { LoadedProgram } from './types.js';

/**
 * Loads the program folder `dir` (absolute); display paths are relative to `cwd`. Files are
 * read only inside `root`, a real path (by default the folder itself), links resolved.
 */
export async function loadProgram(dir: string, cwd: string, root?: string): Promise<LoadedProgram> {
  return buildRead(await readProgramFiles(dir, cwd, root));
}

/** A program folder's files, read but not parsed yet. */
export interface ReadProgram {
  dir: string;
  folder: string;
  programFile: string;
  /** `notUtf8`: where a file stops being UTF-8 (a `yaml-syntax` error, the other files still read). */
  files: { file: string; text: string; notUtf8?: NotUtf8 }[];
}

/** Reads the files of the program folder `dir` (the first half of loadProgram: what waits for the disk). */
export async function readProgramFiles(dir: string, cwd: string, root?: string): Promise<ReadProgram> {
  const folder = displayPath(dir, cwd);
  // Synchronous, as in readRegularFile: cheaper than a promise-based call for a small folder.
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UserError(`Cannot read folder "${folder}": ${(error as Error).message}.`);
  }
  const names = entries
    .filter((e) => !e.isDirectory() && /\.ya?ml$/.test(e.name) && e.name !== CONFIG_FILE_NAME && e.name !== MAP_FILE_NAME)
    .map((e) => e.name)
    .sort(compareText);
  if (!names.includes(PROGRAM_FILE_NAME)) {
    throw new UserError(`Folder "${folder}" is not a program folder: it holds no ${PROGRAM_FILE_NAME}.`);
  }
  const files = names.map((name) => displayPath(path.join(dir, name), cwd));
  const confine = root ?? realpathSync.native(dir);
  const texts = await Promise.all(names.map((name, i) => readSourceText(path.join(dir, name), files[i] as string, confine)));
  const programFile = displayPath(path.join(dir, PROGRAM_FILE_NAME), cwd);
  return { dir, folder, programFile, files: files.map((file, i) => ({ file, ...texts[i]! })) };
}

/** Parses, validates and merges the files read (the second half of loadProgram). */
export function buildRead({ dir, folder, programFile, files }: ReadProgram): LoadedProgram {
  return buildProgram(dir, folder, programFile, files);
}

/** `path` relative to `cwd` with `/` separators, as diagnostics show files. */
export function displayPath(absolute: string, cwd: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || '.';
}
