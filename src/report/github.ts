// `--format github`: GitHub Actions workflow commands, which the runner turns into
// annotations on the pull request's changed files.
import type { Diagnostic } from '../diagnostic.js';
import { escapeTerminal } from '../escape/terminal.js';
import type { Formatter } from './formatter.js';
import { formatMarket } from './market-lines.js';
import { summaryLine } from './summary-line.js';

// Escaping as in actions/toolkit packages/core/src/command.ts (escapeData, escapeProperty).
// The log viewer also runs ANSI escapes: every other control character from users' files
// is shown escaped (`\x1b`) first.
export function escapeData(text: string): string {
  const shown = text
    .split(/([\r\n])/)
    .map((part, i) => (i % 2 === 1 ? part : escapeTerminal(part)))
    .join('');
  return shown.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function formatCommand(d: Diagnostic): string {
  // The runner rejects columns on a span that covers several lines
  // (actions/runner ValidateLinesAndColumns) and drops the annotation: give lines only.
  const properties =
    d.endLine === d.line
      ? { file: d.file, line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn, title: d.rule }
      : { file: d.file, line: d.line, endLine: d.endLine, title: d.rule };
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${d.severity} ${list.join(',')}::${escapeData(d.message)}`;
}

/**
 * One workflow command per diagnostic, then the summary as a plain log line: the runner
 * prints it in the job's log, and `check -o` recognises its own report by it.
 */
export const formatGithub: Formatter = (diagnostics, context) => {
  const last = summaryLine(context.summary);
  return `${diagnostics.map((d) => `${formatCommand(d)}\n`).join('')}${formatMarket(context.market)}${last.ok ? '✔ ' : ''}${last.text}\n`;
};
