// The vocabulary every part of `curriculum` shares: a problem found in a user's file.

export type Severity = 'error' | 'warning';

/** A region of a text file. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One problem in a user's file, as every output format reports it. */
export interface Diagnostic extends Span {
  /** Stable rule code, e.g. `unknown-reference`. */
  rule: string;
  severity: Severity;
  /** One sentence, the offending value in double quotes. */
  message: string;
  /** Relative to the current directory, with `/` separators. */
  file: string;
}

export interface Summary {
  programs: number;
  /** Knowledge maps checked; only when there are some. */
  maps?: number;
  files: number;
  errors: number;
  warnings: number;
}

/** Sorts by file, line, column, rule, then message, so output diffs well. */
function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Code-unit order, not locale order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}

/** Exit code of `check`: 1 on any error, or on more warnings than `maxWarnings` allows. */
export function checkExitCode(summary: Summary, maxWarnings?: number): 0 | 1 {
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return 1;
  return 0;
}
