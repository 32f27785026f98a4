// `--format stylish` (the default): problems grouped by file, aligned like ESLint's stylish,
// each followed by a frame of the offending source line.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostic.js';
import type { Formatter, ReportContext } from './formatter.js';

interface Row {
  diagnostic: Diagnostic;
  /** The message split on line breaks; continuation lines are indented under the first. */
  message: string[];
}

export const formatStylish: Formatter = (diagnostics, context) => {
  // A private instance: output depends on `context.color` alone, never on the terminal.
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const { summary } = context;
  const market = formatMarket(context.market);
  if (diagnostics.length === 0) {
    const found = `No problems found in ${plural(summary.programs, 'program')} (${plural(summary.files, 'file')}).`;
    return `${market}${chalk.green('✔')} ${found}\n`;
  }
  const blocks = groupByFile(diagnostics).map(([file, group]) =>
    formatFile(file, group, context.sources.get(file), chalk),
  );
  const total = summary.errors + summary.warnings;
  const line = `✖ ${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})`;
  const paint = summary.errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  return `${blocks.join('\n')}\n${market}${paint(line)}\n`;
};

/** One line per program: how much of its job's skill demand its projects validate. */
function formatMarket(market: ReportContext['market']): string {
  if (market === undefined || market.length === 0) return '';
  const lines = market.map(({ program, job, postings, coverage }) =>
    coverage === null
      ? `  ${program}: no posting for "${job}"`
      : `  ${program}: ${Math.round(coverage * 100)}% of the skill demand of ${plural(postings, `"${job}" posting`)}`,
  );
  return `Market coverage:\n${lines.join('\n')}\n\n`;
}

function formatFile(file: string, group: Diagnostic[], source: string | undefined, chalk: ChalkInstance): string {
  const rows: Row[] = group.map((d) => ({ diagnostic: d, message: d.message.split(/\r?\n|\r/) }));
  // ESLint aligns the line right and the column left, so the colons line up.
  const lineWidth = Math.max(...group.map((d) => String(d.line).length));
  const columnWidth = Math.max(...group.map((d) => String(d.column).length));
  const severityWidth = Math.max(...group.map((d) => d.severity.length));
  const messageWidth = Math.max(...rows.map((r) => r.message[0]!.length));
  // Lines end at LF (CRLF too), as the YAML parser's line counter numbers them.
  const sourceLines = source?.split(/\r?\n/);
  const gutterWidth = String(Math.max(...group.map((d) => d.line))).length;

  const out = [chalk.underline(file)];
  for (const row of rows) {
    const d = row.diagnostic;
    const position = `${String(d.line).padStart(lineWidth)}:${String(d.column).padEnd(columnWidth)}`;
    const severity = d.severity.padEnd(severityWidth);
    const [first = '', ...rest] = row.message;
    out.push(
      `  ${chalk.dim(position)}  ${paintSeverity(chalk, d)(severity)}  ${first.padEnd(messageWidth)}  ${chalk.dim(d.rule)}`,
    );
    const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
    for (const more of rest) out.push(`${indent}${more}`);
    const text = sourceLines?.[d.line - 1];
    if (text !== undefined) out.push(...formatFrame(d, text, gutterWidth, chalk));
  }
  return `${out.join('\n')}\n`;
}

/** The offending line under a numbered gutter, with `^~~~` under the span's first line. */
function formatFrame(d: Diagnostic, text: string, gutterWidth: number, chalk: ChalkInstance): string[] {
  const start = d.column - 1;
  // Columns are UTF-16 code units, as JS string indexes are; a multi-line span is marked
  // to the end of its first line. `endColumn` is exclusive.
  const end = d.endLine === d.line ? d.endColumn - 1 : text.length;
  const width = Math.max(1, end - start);
  // Keep tabs before the marker so it lines up with the text whatever the tab width.
  const lead = text.slice(0, start).replace(/[^\t]/g, ' ').padEnd(start);
  const marker = `^${'~'.repeat(width - 1)}`;
  const gutter = (label: string): string => chalk.dim(`    ${label.padStart(gutterWidth)} |`);
  return [
    `${gutter(String(d.line))}${text === '' ? '' : ` ${text}`}`,
    `${gutter('')} ${lead}${paintSeverity(chalk, d)(marker)}`,
  ];
}

function paintSeverity(chalk: ChalkInstance, d: Diagnostic): ChalkInstance {
  return d.severity === 'error' ? chalk.red : chalk.yellow;
}

function groupByFile(diagnostics: readonly Diagnostic[]): [string, Diagnostic[]][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return [...groups];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
