// The body of `init`, loaded only when the command runs. Never overwrites a file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type LoadedConfig, loadCheckConfig } from '../../check/load-config.js';
import { jobDemand } from '../../demand/job-demand.js';
import { noSuchCareer } from '../../demand/rank-jobs.js';
import { readDemand } from '../../demand/read-demand.js';
import { UserError } from '../../errors/user-error.js';
import { escapeTerminal } from '../../escape/terminal.js';
import { fileExists } from '../../files/file-exists.js';
import { packageFile } from '../../files/package-files.js';
import { writeFolder } from '../../files/write-folder.js';
import { toKebabId } from '../../init/kebab-id.js';
import { scaffoldProgram } from '../../init/scaffold-program.js';
import { CONFIG_FILE_NAME, MAP_FILE_NAME } from '../../load/discover-programs.js';
import { LIST_DEFAULTS } from '../../model/defaults.js';
import { ID_PATTERN } from '../../model/schema.js';
import type { Io } from '../io.js';
import { marketInputs } from '../load-market.js';
import { readingInputs } from '../market-input.js';
import { assertPath } from '../path-argument.js';
import { recordMarket } from '../record-market.js';
import type { InitFlags } from './init.js';

const EXAMPLE = pathToFileURL(packageFile('curricula/data-analyst/'));

export async function runInit(dir: string, flags: InitFlags, io: Io): Promise<void> {
  assertPath(dir, 'The program folder of init');
  const target = path.resolve(io.cwd, dir);
  const id = toKebabId(path.basename(target));
  if (!ID_PATTERN.test(id))
    throw new UserError(`Cannot make a program id of the folder name "${path.basename(target)}"; name it in kebab-case.`);
  if (flags.example === true && (flags.job !== undefined || flags.from !== undefined)) {
    throw new UserError('Use either --example or --job with --from, not both.');
  }
  const settings = flags.example === true ? undefined : await loadCheckConfig(io.cwd, undefined, dir);
  const files = settings === undefined ? await exampleFiles(id) : await marketFiles(id, flags, settings, io);
  for (const name of files.keys()) {
    if (await fileExists(path.join(target, name))) {
      throw new UserError(`"${path.join(dir, name)}" already exists; init never overwrites a program.`);
    }
  }
  // Any other YAML file of the folder would be merged into the new program as one of its files
  // (a second "program" block, duplicate ids): the folder already holds a program, or part of one.
  const others = await curriculumFilesIn(target);
  if (others.length > 0) {
    throw new UserError(
      `Folder "${dir}" already holds ${others.join(', ')}; init writes a new program only into a folder without curriculum files.`,
    );
  }
  // All files or none: a full disk or a kill half-way leaves no partial program behind.
  await writeFolder(
    target,
    [...files].map(([name, text]) => ({ name, text })),
    dir,
  );
  if (settings !== undefined && flags.from !== undefined) {
    for (const note of await recordMarket(target, flags.from, flags, settings, io)) io.stderr.write(`${escapeTerminal(note)}\n`);
  }
  io.stdout.write(`Created ${dir} with ${[...files.keys()].join(', ')}.\nNext: edit it, then run "curriculum check ${dir}".\n`);
}

async function marketFiles(id: string, flags: InitFlags, settings: LoadedConfig, io: Io): Promise<Map<string, string>> {
  if (flags.job === undefined || flags.from === undefined) {
    throw new UserError('Tell init where the program comes from: --job "<title>" --from <postings...>, or --example.');
  }
  // Read as check will read it: the flags over the settings' market section.
  const inputs = (await marketInputs({ ...flags, market: flags.from }, settings, io))!;
  const { sources, options } = await readingInputs(inputs.files, inputs.raw, io);
  const demand = await readDemand(sources, { ...options, job: flags.job });
  const job = jobDemand(demand, flags.job);
  if (job === undefined) throw new UserError(noSuchCareer(demand, demand.job ?? { title: flags.job }, flags.from));
  const day = new Date().toISOString().slice(0, 10);
  return scaffoldProgram({
    id,
    demand: job,
    top: flags.top ?? LIST_DEFAULTS.initSkills,
    sources: flags.from,
    day,
    skillsRead: demand.available.skills,
  });
}

/** The bundled data-analyst program, its id replaced by the folder's. */
async function exampleFiles(id: string): Promise<Map<string, string>> {
  const names = (await readdir(EXAMPLE)).filter((name) => name.endsWith('.yaml')).sort();
  const files = new Map<string, string>();
  for (const name of names) {
    const text = await readFile(new URL(name, EXAMPLE), 'utf8');
    // The schema comment points into this repository's layout, not the user's.
    const own = text.replace(/^# yaml-language-server: .*\n/, '').replace(/^( {2}id:) data-analyst$/m, `$1 ${id}`);
    files.set(name, own);
  }
  return files;
}

/** The YAML files of a folder that a program folder's loading would read; none when it does not exist yet. */
async function curriculumFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter(
      (entry) => !entry.isDirectory() && /\.ya?ml$/.test(entry.name) && entry.name !== CONFIG_FILE_NAME && entry.name !== MAP_FILE_NAME,
    )
    .map((entry) => entry.name)
    .sort();
}
