// The files the reading options name, opened as streams and read (the options themselves
// are declared in market-options.ts, which `--help` loads alone).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReadDemandOptions } from '../demand/read-demand.js';
import type { TextFile } from '../demand/text-file.js';
import { UserError } from '../errors/user-error.js';
import { readChunks } from '../files/read-chunks.js';
import { assertInside, cannotRead, describeKind, readRegularFile } from '../files/read-regular-file.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';
import { parseDelimiterOption } from '../table/detect-dialect.js';
import { decodeText, parseEncodingName } from '../table/detect-encoding.js';
import type { TableSource } from '../table/scan-table.js';
import type { Io } from './io.js';
import type { RawReadingOptions } from './market-options.js';
import { occupationSettings } from './occupation-input.js';
import { assertPath } from './path-argument.js';

/** An export named on the command line or in settings (`-`: stdin), relative to `baseDir`, as the table reader opens it. */
export function tableSource(file: string, baseDir: string, io: Io): TableSource {
  if (file === '-') return { name: file, open: () => io.stdin };
  const absolute = path.resolve(baseDir, file);
  return { name: file, open: () => readChunks(absolute), path: absolute };
}

/** Alias and vocabulary files: large vocabularies exist, but not beyond this. */
const MAX_SIDE_FILE_BYTES = 16 * 1024 * 1024;

/** Where the file names come from: typed as flags (anything goes), or from a config file. */
export interface InputOrigin {
  /** Names are relative to this folder. */
  baseDir: string;
  /** Set for names read from a config file: each file must be a regular file inside this real folder. */
  confineTo?: string;
}

/**
 * The sources and reading options for `files`; paths are relative to `origin.baseDir` (the
 * current folder for flags, the config file's folder for its `market:` section). A config
 * is part of the repository, which may come from a stranger's pull request: the files it
 * names must stay inside the repository. A flag is the user's own choice.
 */
export async function readingInputs(
  files: readonly string[],
  raw: RawReadingOptions,
  io: Io,
  origin: InputOrigin = { baseDir: io.cwd },
): Promise<{ sources: TableSource[]; options: ReadDemandOptions }> {
  for (const file of files) assertPath(file, 'The name of an export', 'give a file, or "-" for standard input');
  // An empty side file read as the current folder said "it is a folder": an unset variable, most often.
  for (const [flag, file] of [
    ['--aliases', raw.aliases],
    ['--vocabulary', raw.vocabulary],
    ['--skills-file', raw.skillsFile],
    ['--occupation-map', raw.occupationMap],
  ] as const) {
    if (file !== undefined) assertPath(file, flag, 'give a file name');
  }
  if (files.filter((file) => file === '-').length > 1) {
    throw new UserError('Standard input ("-") is given more than once; it can be read only once.');
  }
  const source = (file: string) => tableSource(file, origin.baseDir, io);
  const readText = (file: string) => readSideFile(file, origin);
  const delimiter = raw.delimiter === undefined ? undefined : parseDelimiterOption(raw.delimiter);
  if (raw.delimiter !== undefined && delimiter === undefined) {
    throw new UserError(`The delimiter "${raw.delimiter}" is not one ASCII character (other than a quote or newline).`);
  }
  const encoding = raw.encoding === undefined ? undefined : parseEncodingName(raw.encoding);
  if (raw.encoding !== undefined && encoding === undefined) {
    throw new UserError(`The encoding "${raw.encoding}" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).`);
  }
  if (raw.countTable === true && raw.countColumn === undefined) {
    throw new UserError('A count table is read with its count column: add --count-column <name> to --count-table.');
  }
  if ((raw.skillsFile === undefined) !== (raw.joinColumn === undefined)) {
    throw new UserError('The options --skills-file and --join-column go together.');
  }
  return {
    sources: files.map(source),
    options: {
      columns: {
        title: raw.titleColumn,
        skills: raw.skillsColumn,
        company: raw.companyColumn,
        date: raw.dateColumn,
        closeDate: raw.closeDateColumn,
        count: raw.countColumn,
        description: raw.descriptionColumn,
      },
      delimiter,
      encoding,
      joinColumns: raw.joinColumn?.split(',').map((name) => name.trim()),
      aliases: raw.aliases === undefined ? undefined : await readText(raw.aliases),
      vocabulary: raw.vocabulary === undefined ? undefined : await readText(raw.vocabulary),
      skillsFile: raw.skillsFile === undefined ? undefined : source(raw.skillsFile),
      occupations: await occupationSettings(raw, readText),
      excludeSkills: raw.excludeSkills === undefined ? undefined : await excludedSkills(raw.excludeSkills, readText),
      maxSkipped: raw.maxSkipped ?? MARKET_DEFAULTS.maxSkipped,
      countTable: raw.countTable === true,
    },
  };
}

/**
 * A path from a settings file, which may come from a stranger's pull request: resolved
 * against the settings file's folder, it must be a regular file inside the repository (a FIFO
 * would hang the run, a link to /etc/passwd would leak it). Returns it as the current folder
 * sees it, so messages name it the way a flag would.
 */
export async function confinedPath(file: string, baseDir: string, root: string, cwd: string): Promise<string> {
  const absolute = path.resolve(baseDir, file);
  await assertInside(absolute, file, root);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw cannotRead(file, error);
  });
  if (!info.isFile()) throw new UserError(`Cannot read "${file}": it is ${describeKind(info)}, not a regular file.`);
  return path.relative(cwd, absolute) || absolute;
}

/** An alias, vocabulary, taxonomy or map file: a regular file, bounded, confined when a config names it. */
export async function readSideFile(file: string, origin: InputOrigin): Promise<TextFile> {
  const limits = { maxBytes: MAX_SIDE_FILE_BYTES, kind: 'side files (aliases, vocabularies, taxonomies)', confineTo: origin.confineTo };
  const bytes = await readRegularFile(path.resolve(origin.baseDir, file), file, limits);
  return { name: file, text: decodeText(bytes) };
}

/** Whether `--exclude-skills` names a file (a path, or a list's extension) rather than skills. */
export function namesSkillFile(value: string): boolean {
  return /[\\/]|\.(txt|list|csv)$/i.test(value);
}

/** `--exclude-skills c,esp` or `--exclude-skills junk.txt` (one skill per line, `#` comments). */
async function excludedSkills(value: string | string[], readText: (file: string) => Promise<TextFile>): Promise<string[]> {
  if (Array.isArray(value)) return value.map((skill) => skill.trim()).filter((skill) => skill !== '');
  const text = namesSkillFile(value) ? (await readText(value)).text : value.replaceAll(',', '\n');
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}
