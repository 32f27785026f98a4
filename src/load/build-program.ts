// Builds a loaded program from the texts of its folder's files: parse, validate, merge.
// The folder may be on disk (load-program) or in a git revision (curriculum diff).
import type { Diagnostic, Span } from '../diagnostic.js';
import { sortDiagnostics } from '../diagnostic.js';
import { locate, START_SPAN } from './locate.js';
import { type FileData, mergeFiles } from './merge-files.js';
import { type ParsedYaml, parseYaml } from './parse-yaml.js';
import { isRecord } from './plain-data.js';
import type { DataPath, LoadedProgram } from './types.js';
import { validateFile } from './validate-file.js';

/** One file of a program folder: its display path and its text. */
export interface ProgramText {
  file: string;
  text: string;
  /** Set when the file is not UTF-8: where its first bad byte is, and what to say (a `yaml-syntax` error). */
  notUtf8?: { line: number; column: number; message: string };
}

/**
 * Parses, validates and merges the texts of one program folder's YAML files (sorted by name;
 * `programFile` is the display path of its program.yaml). The folder may be on disk or in a
 * git revision: `dir` is only carried along.
 */
export function buildProgram(dir: string, folder: string, programFile: string, texts: readonly ProgramText[]): LoadedProgram {
  const files = texts.map((t) => t.file);
  const sources = new Map<string, string>();
  const parsedFiles = new Map<string, ParsedYaml>();
  const fileData: FileData[] = [];
  const diagnostics: Diagnostic[] = [];
  files.forEach((file, i) => {
    const notUtf8 = texts[i]?.notUtf8;
    if (notUtf8) {
      // Not YAML at all: reported like a syntax error, so the rest of the repository is still checked.
      const { line, column, message } = notUtf8;
      sources.set(file, texts[i]?.text ?? '');
      diagnostics.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message: `The file ${message}; save it as UTF-8.`,
        file,
        line,
        column,
        endLine: line,
        endColumn: column + 1,
      });
      return;
    }
    const parsed = parseYaml(texts[i]?.text ?? '', file);
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
