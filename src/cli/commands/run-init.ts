// The body of `init`, loaded only when the command runs. Never overwrites a file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { jobDemand } from '../../demand/job-demand.js';
import { noSuchCareer } from '../../demand/rank-jobs.js';
import { readDemand } from '../../demand/read-demand.js';
import { UserError } from '../../errors/user-error.js';
import { fileExists } from '../../files/file-exists.js';
import { writeFolder } from '../../files/write-folder.js';
import { toKebabId } from '../../init/kebab-id.js';
import { scaffoldProgram } from '../../init/scaffold-program.js';
import { LIST_DEFAULTS } from '../../model/defaults.js';
import { ID_PATTERN } from '../../model/schema.js';
import type { Io } from '../io.js';
import { readingInputs } from '../market-input.js';
import type { InitFlags } from './init.js';

const EXAMPLE = new URL('../../../curricula/data-analyst/', import.meta.url);

export async function runInit(dir: string, flags: InitFlags, io: Io): Promise<void> {
  const target = path.resolve(io.cwd, dir);
  const id = toKebabId(path.basename(target));
  if (!ID_PATTERN.test(id))
    throw new UserError(`Cannot make a program id of the folder name "${path.basename(target)}"; name it in kebab-case.`);
  if (flags.example === true && (flags.job !== undefined || flags.from !== undefined)) {
    throw new UserError('Use either --example or --job with --from, not both.');
  }
  const files = flags.example === true ? await exampleFiles(id) : await marketFiles(id, flags, io);
  for (const name of files.keys()) {
    if (await fileExists(path.join(target, name))) {
      throw new UserError(`"${path.join(dir, name)}" already exists; init never overwrites a program.`);
    }
  }
  // All files or none: a full disk or a kill half-way leaves no partial program behind.
  await writeFolder(
    target,
    [...files].map(([name, text]) => ({ name, text })),
    dir,
  );
  io.stdout.write(`Created ${dir} with ${[...files.keys()].join(', ')}.\nNext: edit it, then run "curriculum check ${dir}".\n`);
}

async function marketFiles(id: string, flags: InitFlags, io: Io): Promise<Map<string, string>> {
  if (flags.job === undefined || flags.from === undefined) {
    throw new UserError('Tell init where the program comes from: --job "<title>" --from <postings...>, or --example.');
  }
  const { sources, options } = await readingInputs(flags.from, flags, io);
  const demand = await readDemand(sources, { ...options, job: flags.job });
  const job = jobDemand(demand, flags.job);
  if (job === undefined) throw new UserError(noSuchCareer(demand, demand.job ?? { title: flags.job }, flags.from));
  return scaffoldProgram({ id, demand: job, top: flags.top ?? LIST_DEFAULTS.initSkills, sources: flags.from });
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
