// `check` as a function: load programs, run every rule, locate findings, apply the config.
import { compareText, countSeverities, sortDiagnostics, type Diagnostic, type Summary } from '../diagnostic.js';
import { loadRepository } from '../load/index.js';
import type { LoadedProgram } from '../load/types.js';
import type { CheckConfig } from './config.js';
import { loadCheckConfig } from './load-config.js';
import { RULES } from './registry.js';

export interface CheckOptions {
  cwd: string;
  /** An explicit `curriculum.config.yaml`; by default the nearest one from `cwd` up. */
  configFile?: string;
}

export interface CheckResult {
  programs: LoadedProgram[];
  config: CheckConfig;
  /** Sorted by file, line, column, rule. */
  diagnostics: Diagnostic[];
  summary: Summary;
  /** File text by display path, for code frames. */
  sources: Map<string, string>;
}

export async function checkRepository(paths: string[], options: CheckOptions): Promise<CheckResult> {
  const settings = await loadCheckConfig(options.cwd, options.configFile);
  const { programs } = await loadRepository(paths, options.cwd);
  const found: Diagnostic[] = [...settings.diagnostics];
  const sources = new Map(settings.sources);
  for (const program of programs) {
    found.push(...checkProgram(program, settings.config));
    for (const [file, text] of program.sources) sources.set(file, text);
  }
  found.push(...findDuplicateProgramIds(programs));
  const diagnostics = sortDiagnostics(applyRuleSettings(found, settings.config));
  const files = programs.reduce((sum, program) => sum + program.files.length, 0) + settings.sources.size;
  return {
    programs,
    config: settings.config,
    diagnostics,
    summary: { programs: programs.length, files, ...countSeverities(diagnostics) },
    sources,
  };
}

export function checkProgram(program: LoadedProgram, config: CheckConfig): Diagnostic[] {
  const diagnostics = [...program.diagnostics];
  if (!program.parsed) return diagnostics;
  for (const rule of RULES) {
    for (const finding of rule.check?.({ model: program.model, config }) ?? []) {
      const { file, span } = program.locate(finding.path, finding.target);
      diagnostics.push({ rule: rule.code, severity: finding.severity ?? rule.severity, message: finding.message, file, ...span });
    }
  }
  return diagnostics;
}

function findDuplicateProgramIds(programs: readonly LoadedProgram[]): Diagnostic[] {
  const firstFile = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const byLocation = [...programs].sort((a, b) => compareText(a.dir, b.dir));
  for (const program of byLocation) {
    const id = program.model.program.id;
    if (typeof id !== 'string') continue;
    const { file, span } = program.locate(['program', 'id']);
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, file);
    else diagnostics.push({ rule: 'duplicate-id', severity: 'error', message: `The program id "${id}" is already used by "${first}".`, file, ...span });
  }
  return diagnostics;
}

/** `rules: { <code>: off | warning | error }` from the config drops or re-grades diagnostics. */
function applyRuleSettings(diagnostics: Diagnostic[], config: CheckConfig): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const setting = config.rules[diagnostic.rule];
    if (setting === undefined) return [diagnostic];
    return setting === 'off' ? [] : [{ ...diagnostic, severity: setting }];
  });
}
