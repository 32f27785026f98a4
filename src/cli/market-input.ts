// The options that say how to read job-posting exports, shared by `rank-jobs`, `init` and
// `check --market`, and the files they name opened as streams.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { ReadDemandOptions } from '../demand/read-demand.js';
import type { TextFile } from '../demand/text-file.js';
import { UserError } from '../errors/user-error.js';
import { assertInside, cannotRead, describeKind, readRegularFile } from '../files/read-regular-file.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';
import { parseDelimiterOption } from '../table/detect-dialect.js';
import { parseEncodingName } from '../table/detect-encoding.js';
import type { TableSource } from '../table/scan-table.js';
import type { Io } from './io.js';
import { addOccupationOptions, occupationSettings, type RawOccupationOptions } from './occupation-input.js';

/** Alias and vocabulary files: large vocabularies exist, but not beyond this. */
const MAX_SIDE_FILE_BYTES = 16 * 1024 * 1024;

export interface RawReadingOptions extends RawOccupationOptions {
  titleColumn?: string;
  skillsColumn?: string;
  companyColumn?: string;
  dateColumn?: string;
  closeDateColumn?: string;
  countColumn?: string;
  descriptionColumn?: string;
  delimiter?: string;
  encoding?: string;
  aliases?: string;
  vocabulary?: string;
  skillsFile?: string;
  joinColumn?: string;
  /** A comma-separated list, or a file with one skill per line (a list already split from the settings). */
  excludeSkills?: string | string[];
  maxSkipped?: number;
}

/** `--market` and `--market-threshold` with every reading option: `check` and `render` measure programs alike. */
export function addMarketOptions(command: Command): Command {
  return addReadingOptions(
    command
      .option(
        '--market <files...>',
        "job-posting exports to measure each program against its job's demand (default: the settings' market files)",
      )
      .option(
        '--market-threshold <share>',
        `share of postings from which an unvalidated skill is a market-gap (default ${MARKET_DEFAULTS.threshold})`,
        shareOption('--market-threshold'),
      ),
  );
}

/** A share from 0 to 1, as commander parses an option's value. */
function shareOption(name: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !(number >= 0 && number <= 1)) throw new UserError(`${name} needs a share from 0 to 1, not "${value}".`);
    return number;
  };
}

/** `--exclude-skills c,esp` or `--exclude-skills junk.txt` (one skill per line, `#` comments). */
async function excludedSkills(value: string | string[], readText: (file: string) => Promise<TextFile>): Promise<string[]> {
  if (Array.isArray(value)) return value.map((skill) => skill.trim()).filter((skill) => skill !== '');
  const isFile = /[\\/]|\.(txt|list|csv)$/i.test(value);
  const text = isFile ? (await readText(value)).text : value.replaceAll(',', '\n');
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

export function addReadingOptions(command: Command): Command {
  return addOccupationOptions(command)
    .option('--title-column <name>', 'column holding the posting title')
    .option('--skills-column <name>', 'column holding the skills')
    .option('--company-column <name>', 'column holding the company')
    .option('--date-column <name>', 'column holding the posting date')
    .option('--close-date-column <name>', 'column holding the closing date')
    .option('--count-column <name>', 'column holding how many postings a row stands for')
    .option('--description-column <names>', 'columns searched with --vocabulary (comma-separated)')
    .option('--delimiter <char>', 'field delimiter (default: detected among , ; tab | ~)')
    .option('--encoding <name>', 'utf-8, utf-16le, utf-16be or windows-1252 (default: detected)')
    .option('--aliases <file>', 'YAML file mapping title and skill variants to one name')
    .option('--vocabulary <file>', 'YAML skills vocabulary, to find skills in descriptions')
    .option('--skills-file <file>', 'side table with one row per posting and skill')
    .option('--join-column <cols>', 'column(s) joining postings and --skills-file, comma-separated')
    .option('--exclude-skills <list|file>', 'skills never counted: comma-separated, or a file with one skill per line')
    .option(
      '--max-skipped <share>',
      `share of a file's records that may be unreadable before reading stops (default ${MARKET_DEFAULTS.maxSkipped})`,
      shareOption('--max-skipped'),
    );
}

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
  const resolve = (file: string) => path.resolve(origin.baseDir, file);
  // 4 MiB reads: measured faster than 1 MiB on the 1 GB benchmark export (bench/README.md).
  const source = (file: string): TableSource => ({
    name: file,
    open: () => (file === '-' ? io.stdin : createReadStream(resolve(file), { highWaterMark: 1 << 22 })),
  });
  const readText = (file: string) => readSideFile(file, origin);
  const delimiter = raw.delimiter === undefined ? undefined : parseDelimiterOption(raw.delimiter);
  if (raw.delimiter !== undefined && delimiter === undefined) {
    throw new UserError(`The delimiter "${raw.delimiter}" is not one ASCII character (other than a quote or newline).`);
  }
  const encoding = raw.encoding === undefined ? undefined : parseEncodingName(raw.encoding);
  if (raw.encoding !== undefined && encoding === undefined) {
    throw new UserError(`The encoding "${raw.encoding}" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).`);
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
  return { name: file, text: bytes.toString('utf8') };
}
