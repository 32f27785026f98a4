// What `init --from` read, kept in the settings file, so that `check` and `render` measure the
// new program against the same market with no flag. A repository's settings are extended, not
// replaced: a setting it already has keeps its value, and the difference is told on stderr.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { LoadedConfig } from '../check/load-config.js';
import { UserError } from '../errors/user-error.js';
import { isInside } from '../files/read-regular-file.js';
import { repositoryRoot } from '../files/repository-root.js';
import { writeOutput } from '../files/write-output.js';
import { CONFIG_FILE_NAME } from '../load/discover-programs.js';
import type { Io } from './io.js';
import { namesSkillFile } from './market-input.js';
import { PATH_SETTINGS, type RawReadingOptions, READING_SETTINGS } from './market-options.js';
import { namesTaxonomyFile } from './occupation-input.js';

/**
 * Adds `files` and the reading flags to the market section of the settings that will check
 * `target` (the nearest settings file, or a new one at the repository root); returns the
 * notes for stderr. Files outside the repository cannot be named by settings (check refuses
 * them), so they are left out, and said so.
 */
export async function recordMarket(
  target: string,
  files: readonly string[],
  flags: RawReadingOptions,
  settings: LoadedConfig,
  io: Io,
): Promise<string[]> {
  const file = settings.file ?? path.join(await newSettingsFolder(target, io.cwd), CONFIG_FILE_NAME);
  const root = settings.root ?? (await repositoryRoot(path.dirname(file)));
  const shown = path.relative(io.cwd, file) || file;
  const notes: string[] = [];
  const relative = (name: string): string | undefined => {
    const absolute = path.resolve(io.cwd, name);
    if (isInside(absolute, root)) return path.relative(path.dirname(file), absolute).split(path.sep).join('/');
    notes.push(
      `"${name}" is outside the repository, where settings may not point: check this program with --market "${name}", or copy the export inside.`,
    );
    return undefined;
  };
  const doc = parseDocument([...settings.sources.values()][0] ?? '');
  // An empty or comment-only file holds no mapping yet.
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) throw new UserError(`Settings "${shown}" are not a mapping; init cannot add its market section.`);
  // Settings that already say everything init read are left as they are, byte for byte: the
  // YAML library would re-space their flow lists (`[ a.csv ]`), a change for nothing in git.
  let changed = false;
  if (!doc.hasIn(['market', 'files'])) {
    doc.setIn(['market', 'files'], doc.createNode([]));
    changed = true;
  }
  const marketFiles = files.map(relative).filter((name): name is string => name !== undefined);
  if (marketFiles.length === 0) return notes;
  const listed = doc.getIn(['market', 'files']);
  const known = isSeq(listed) ? listed.items.map((item) => String((item as { value?: unknown }).value ?? item)) : [];
  for (const name of marketFiles)
    if (!known.includes(name)) {
      doc.addIn(['market', 'files'], name);
      changed = true;
    }
  const { taxonomy } = flags;
  const values: [string, string | string[] | boolean | undefined][] = [
    ...Object.entries(READING_SETTINGS).map(([flag, key]): [string, string | undefined] => [
      key,
      flags[flag as keyof typeof READING_SETTINGS] as string | undefined,
    ]),
    ...Object.entries(PATH_SETTINGS).map(([flag, key]): [string, string | undefined] => {
      const value = flags[flag as keyof typeof PATH_SETTINGS];
      return [key, value === undefined ? undefined : relative(value)];
    }),
    // A taxonomy of one's own is a file, read relative to the settings like the others.
    ['taxonomy', taxonomy === undefined || !namesTaxonomyFile(taxonomy) ? taxonomy : relative(taxonomy)],
    ['count_table', flags.countTable === true ? true : undefined],
    ['exclude_skills', excludedSetting(flags.excludeSkills, relative)],
  ];
  for (const [key, value] of values) {
    if (value === undefined) continue;
    const current = doc.getIn(['market', key]);
    if (current === undefined) {
      doc.setIn(['market', key], Array.isArray(value) ? doc.createNode(value, { flow: true }) : value);
      changed = true;
    } else if (settingText(current) !== settingText(value))
      notes.push(
        `Settings "${shown}" read the market with ${key} "${settingText(current)}", init used "${settingText(value)}": check may measure this program differently.`,
      );
  }
  if (changed) await writeOutput(file, doc.toString(), { force: true, isOwnFile: () => true, shownAs: shown });
  notes.unshift(
    `The program will be checked with the settings of "${shown}", whose market section now reads ${marketFiles.map((name) => `"${name}"`).join(', ')}.`,
  );
  return notes;
}

/**
 * `--exclude-skills c,esp` is kept as a list, `--exclude-skills junk.txt` as the file's path
 * (the reader's test).
 */
function excludedSetting(
  value: string | string[] | undefined,
  relative: (name: string) => string | undefined,
): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  if (namesSkillFile(value)) return relative(value);
  return value
    .split(',')
    .map((skill) => skill.trim())
    .filter((skill) => skill !== '');
}

/** A setting as init compares it: a YAML sequence by its items. */
function settingText(value: unknown): string {
  if (isSeq(value)) return value.items.map((item) => String(isScalar(item) ? item.value : item)).join(',');
  return Array.isArray(value) ? value.join(',') : String(value);
}

/**
 * Where new settings go: the root of the git repository holding the program; outside git, the
 * current folder when it holds the program (people run init from their repository's root),
 * else the program's parent folder.
 */
async function newSettingsFolder(target: string, cwd: string): Promise<string> {
  const parent = path.dirname(target);
  const root = await repositoryRoot(parent);
  if (root !== (await realpath(parent))) return root;
  const realCwd = await realpath(cwd);
  return isInside(await realpath(target), realCwd) ? realCwd : root;
}
