// Finds and reads `curriculum.config.yaml`, validated like a curriculum file: its problems
// are diagnostics, and the defaults apply where it is broken.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';
import { fileExists } from '../files/file-exists.js';
import { repositoryRoot } from '../files/repository-root.js';
import { CONFIG_FILE_NAME, displayPath, parseYaml, readSource, validateFile } from '../load/index.js';
import { type CheckConfig, configSchema, DEFAULT_CONFIG } from './config.js';

export interface LoadedConfig {
  config: CheckConfig;
  diagnostics: Diagnostic[];
  /** The config file's text by display path; empty when there is none. */
  sources: Map<string, string>;
  /** Absolute path of the config file, if there is one (its `market:` paths are relative to it). */
  file?: string;
  /** The real path of the repository holding the config file: its `market:` paths stay inside it. */
  root?: string;
}

/**
 * Reads `explicit` if given (it must exist), else the nearest config from `from` (the first
 * path checked, relative to `cwd`) up to the repository root: a repository's settings apply
 * wherever it is checked from.
 */
export async function loadCheckConfig(cwd: string, explicit?: string, from = '.'): Promise<LoadedConfig> {
  const file = explicit === undefined ? await findConfig(await folderOf(path.resolve(cwd, from))) : path.resolve(cwd, explicit);
  if (file === undefined) return { config: DEFAULT_CONFIG, diagnostics: [], sources: new Map() };
  const shown = displayPath(file, cwd);
  if (explicit !== undefined && !(await fileExists(file))) throw new UserError(`Config file "${shown}" does not exist.`);
  // A config found in the repository is read only inside it; one named by --config is the user's choice.
  const root = explicit === undefined ? await repositoryRoot(path.dirname(file)) : undefined;
  const text = await readSource(file, shown, root);
  const parsed = parseYaml(text, shown);
  const diagnostics = parsed.diagnostics.length > 0 ? parsed.diagnostics : validateFile(parsed, shown, configSchema);
  const result = configSchema.safeParse(parsed.data ?? {});
  const repository = root ?? (await repositoryRoot(path.dirname(file)));
  return { config: result.success ? result.data : DEFAULT_CONFIG, diagnostics, sources: new Map([[shown, text]]), file, root: repository };
}

/** A folder as is; a file's folder (`check curricula/x/program.yaml`). */
async function folderOf(target: string): Promise<string> {
  return stat(target).then(
    (info) => (info.isDirectory() ? target : path.dirname(target)),
    () => target,
  );
}

/** The nearest config file from `start` up, stopping at the folder that holds `.git`. */
async function findConfig(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (await fileExists(candidate)) return candidate;
    if ((await fileExists(path.join(dir, '.git'))) || path.dirname(dir) === dir) return undefined;
  }
}
