// Loads one program folder: reads, parses and validates its YAML files, then merges them.
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Span } from '../diagnostic.js';
import { compareText, sortDiagnostics } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';
import { CONFIG_FILE_NAME, MAP_FILE_NAME, PROGRAM_FILE_NAME } from './discover-programs.js';
import { locate, START_SPAN } from './locate.js';
import { type FileData, mergeFiles } from './merge-files.js';
import { type ParsedYaml, parseYaml } from './parse-yaml.js';
import { isRecord } from './plain-data.js';
import { readSource } from './read-source.js';
import type { DataPath, LoadedProgram } from './types.js';
import { validateFile } from './validate-file.js';

/**
 * Loads the program folder `dir` (absolute); display paths are relative to `cwd`. Files are
 * read only inside `root`, a real path (by default the folder itself), links resolved.
 */
export async function loadProgram(dir: string, cwd: string, root?: string): Promise<LoadedProgram> {
  const folder = displayPath(dir, cwd);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: Error) => {
    throw new UserError(`Cannot read folder "${folder}": ${error.message}.`);
  });
  const names = entries
    .filter((e) => !e.isDirectory() && /\.ya?ml$/.test(e.name) && e.name !== CONFIG_FILE_NAME && e.name !== MAP_FILE_NAME)
    .map((e) => e.name)
    .sort(compareText);
  if (!names.includes(PROGRAM_FILE_NAME)) {
    throw new UserError(`Folder "${folder}" is not a program folder: it holds no ${PROGRAM_FILE_NAME}.`);
  }
  const files = names.map((name) => displayPath(path.join(dir, name), cwd));
  const confine = root ?? (await realpath(dir));
  const texts = await Promise.all(names.map((name, i) => readSource(path.join(dir, name), files[i] as string, confine)));

  const sources = new Map<string, string>();
  const parsedFiles = new Map<string, ParsedYaml>();
  const fileData: FileData[] = [];
  const diagnostics: Diagnostic[] = [];
  files.forEach((file, i) => {
    const parsed = parseYaml(texts[i] as string, file);
    sources.set(file, parsed.text);
    if (parsed.diagnostics.length > 0) {
      diagnostics.push(...parsed.diagnostics);
      return;
    }
    parsedFiles.set(file, parsed);
    diagnostics.push(...validateFile(parsed, file));
    // An empty file (or one holding only comments) is an empty mapping.
    const data = parsed.data ?? {};
    fileData.push({ file, data: isRecord(data) ? data : {} });
  });

  const parsed = parsedFiles.size === files.length;
  const programFile = displayPath(path.join(dir, PROGRAM_FILE_NAME), cwd);
  const merged = mergeFiles(fileData, programFile, folder, parsed);
  const spanIn = (file: string, at: DataPath | undefined, target: 'key' | 'value'): Span => {
    const source = parsedFiles.get(file);
    return source && at ? locate(source.doc, source.lineCounter, at, target, source.text) : START_SPAN;
  };
  for (const problem of merged.problems) {
    const span = spanIn(problem.file, problem.path, problem.target);
    diagnostics.push({ rule: 'schema', severity: 'error', message: problem.message, file: problem.file, ...span });
  }

  return {
    dir,
    files,
    sources,
    model: merged.model,
    diagnostics: sortDiagnostics(diagnostics),
    parsed,
    locate(at, target = 'value') {
      const { file, path: local } = merged.resolve(at);
      return { file, span: spanIn(file, local, target) };
    },
  };
}

/** `path` relative to `cwd` with `/` separators, as diagnostics show files. */
export function displayPath(absolute: string, cwd: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/') || '.';
}
