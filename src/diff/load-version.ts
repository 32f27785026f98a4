// One side of a diff: the programs of a folder on disk, or of a git revision read from its
// objects, each loaded as `check` loads it and required to pass the schema.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { compareText } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';
import { type GitRepository, listFiles, readBlobs, resolveRevision } from '../git/read-revision.js';
import { buildProgram, type ProgramText } from '../load/build-program.js';
import { CONFIG_FILE_NAME, PROGRAM_FILE_NAME } from '../load/discover-programs.js';
import { findFolders, loadRepository, readProgram } from '../load/index.js';
import { notUtf8 } from '../load/read-source.js';
import type { LoadedProgram, ProgramModel } from '../load/types.js';
import type { Program } from '../model/schema.js';

/** 5 MiB, as `check` reads: a curriculum file is a few KB. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A program of one version. */
export interface VersionProgram {
  /** Its folder, as shown (relative to the current folder). */
  folder: string;
  model: ProgramModel;
  program: Program;
}

/** The programs of one version by id, and how messages name the version. */
export interface Version {
  label: string;
  programs: Map<string, VersionProgram>;
}

/** The programs below `paths` (relative to `cwd`) of a folder on disk. */
export async function loadFolderVersion(paths: readonly string[], cwd: string, label: string): Promise<Version> {
  // Paths are relative to the folder: check's messages would name "." or a path without the folder.
  for (const given of paths) {
    if (!existsSync(path.resolve(cwd, given))) throw new UserError(`Path "${given}" does not exist in ${label}.`);
  }
  const folders = await findFolders(paths, cwd, false);
  if (folders.programs.length === 0 && folders.maps.length === 0) {
    const below = paths.length > 0 ? ` below ${paths.map((given) => `"${given}"`).join(', ')}` : '';
    throw new UserError(`No program found in ${label}${below}: a program folder holds a ${PROGRAM_FILE_NAME}.`);
  }
  // The folders found above: walking the tree again would find the same.
  const { programs } = await loadRepository(paths, cwd, folders);
  return toVersion(programs, label);
}

/**
 * The programs below `paths` (relative to `cwd`, inside `repository`) at `revision`, read
 * from git objects. A revision may hold no program at all (before the first one was added).
 */
export async function loadRevisionVersion(
  repository: GitRepository,
  revision: string,
  paths: readonly string[],
  cwd: string,
): Promise<Version> {
  const label = `revision "${revision}"`;
  const commit = await resolveRevision(repository, revision);
  const scopes = (paths.length > 0 ? paths : ['.']).map((given) => scopeOf(repository, cwd, given));
  const files = await listFiles(repository, commit, (file) => scopes.some((scope) => inScope(file, scope)));
  const folders = new Map<string, typeof files>();
  for (const file of files) {
    const name = path.posix.basename(file.path);
    if (!/\.ya?ml$/.test(name) || name === CONFIG_FILE_NAME) continue;
    const folder = path.posix.dirname(file.path);
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
  const shown = (repoPath: string) => path.posix.relative(repository.prefix, repoPath) || '.';
  const programFolders = [...folders]
    .filter(([, entries]) => entries.some((file) => path.posix.basename(file.path) === PROGRAM_FILE_NAME))
    .sort(([a], [b]) => compareText(a, b));
  const wanted = programFolders.flatMap(([, entries]) => entries);
  const oversized = wanted.find((file) => file.size > MAX_FILE_BYTES);
  if (oversized) throw new UserError(`File "${shown(oversized.path)}" at ${label} is over 5 MB: it is not a curriculum file.`);
  // One cat-file for the whole revision: a process per program would cost more than the parsing.
  const blobs = await readBlobs(
    repository,
    wanted.map((file) => file.object),
  );
  const text = new Map(wanted.map((file, i) => [file.path, decode(blobs[i] as Buffer, shown(file.path), label)]));
  const programs: LoadedProgram[] = programFolders.map(([folder, entries]) => {
    entries.sort((a, b) => compareText(path.posix.basename(a.path), path.posix.basename(b.path)));
    const texts: ProgramText[] = entries.map((file) => ({ file: shown(file.path), text: text.get(file.path) as string }));
    return buildProgram(path.join(repository.top, folder), shown(folder), shown(`${folder}/${PROGRAM_FILE_NAME}`), texts);
  });
  return toVersion(programs, label);
}

/** A path given on the command line as a folder of the repository, from its top (`""` for all of it). */
function scopeOf(repository: GitRepository, cwd: string, given: string): string {
  const fromTop = path.relative(repository.top, path.resolve(cwd, given)).split(path.sep).join('/');
  if (fromTop.startsWith('..') || path.isAbsolute(fromTop)) {
    throw new UserError(`Path "${given}" is outside the git repository at "${repository.top}".`);
  }
  return fromTop;
}

/** Below the scope, and not inside `node_modules` or a dot-folder below it (as `check` skips them). */
function inScope(file: string, scope: string): boolean {
  if (scope !== '' && file !== scope && !file.startsWith(`${scope}/`)) return false;
  const below = scope === '' ? file : file.slice(scope.length + 1);
  const folders = below.split('/').slice(0, -1);
  return !folders.some((folder) => folder === 'node_modules' || folder.startsWith('.'));
}

function decode(bytes: Buffer, file: string, label: string): string {
  const bad = notUtf8(bytes);
  if (bad === undefined) return new TextDecoder('utf-8').decode(bytes);
  throw new UserError(`File "${file}" at ${label}${bad.where ? `, ${bad.where},` : ''} ${bad.message}.`);
}

/** The programs by id; a program that fails the schema stops the diff with its first problem. */
function toVersion(loaded: readonly LoadedProgram[], label: string): Version {
  const programs = new Map<string, VersionProgram>();
  for (const entry of loaded) {
    const folder = path.posix.dirname(entry.files[0] ?? '.');
    const problem = entry.diagnostics.find((d) => d.severity === 'error');
    if (problem) {
      const message = problem.message.replace(/\.$/, '');
      throw new UserError(
        `Cannot compare ${label}: ${message} ("${problem.file}", line ${problem.line}, column ${problem.column}); curriculum check shows every problem.`,
      );
    }
    const strict = readProgram(entry.model);
    if (!strict.ok) throw new UserError(`Cannot compare ${label}: the program in "${folder}" has ${strict.fault}.`);
    const id = strict.value.program.id;
    const other = programs.get(id);
    if (other) throw new UserError(`Cannot compare ${label}: programs "${other.folder}" and "${folder}" both have the id "${id}".`);
    programs.set(id, { folder, model: entry.model, program: strict.value });
  }
  return { label, programs };
}
